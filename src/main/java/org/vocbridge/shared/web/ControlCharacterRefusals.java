package org.vocbridge.shared.web;

import java.beans.PropertyEditorSupport;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.vocbridge.shared.ControlCharacters;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses text with {@link ControlCharacters} wherever a request brings it: in a JSON body (a
 * problem detail naming the field), in a page form (an error beside the field) and in a parameter.
 */
@ControllerAdvice
class ControlCharacterRefusals {

    @InitBinder
    void refuseInFormsAndParameters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text != null && ControlCharacters.in(text)) {
                    // a type mismatch of a String: its message is typeMismatch.java.lang.String
                    throw new IllegalArgumentException("control character");
                }
                setValue(text);
            }
        });
    }

    /** A JSON string with a control character, at the place {@link #getPath()} names. */
    static final class ControlCharacterException extends MismatchedInputException {

        ControlCharacterException(JsonParser parser) {
            super(parser, "A text holds a control character", parser.currentLocation());
        }
    }

    /** Every string of every JSON body is read through this. */
    @Component
    static class JsonText extends SimpleModule {

        JsonText() {
            super("vocbridge-json-text");
            addDeserializer(String.class, new StringDeserializer() {
                @Override
                public String deserialize(JsonParser parser, DeserializationContext context) {
                    String text = super.deserialize(parser, context);
                    if (text != null && ControlCharacters.in(text)) {
                        throw new ControlCharacterException(parser);
                    }
                    return text;
                }
            });
        }
    }
}
