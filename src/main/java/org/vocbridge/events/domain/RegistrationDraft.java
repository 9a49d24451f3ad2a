package org.vocbridge.events.domain;

import java.util.Locale;
import org.vocbridge.events.AttendeeCategory;

/**
 * A registration as a person fills it in; the email is kept in lower case, the country upper case.
 *
 * @param language the language of the registrant's badge and messages (BCP 47); the language they
 *     registered in when not given
 */
public record RegistrationDraft(String name, String email, String country, AttendeeCategory category, String language) {

    public RegistrationDraft {
        name = name == null || name.isBlank() ? null : name.strip();
        email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        language = language == null || language.isBlank() ? null : language.strip();
    }

    /** The draft with the reader's language when it names none. */
    public RegistrationDraft inLanguageOf(Locale reader) {
        return language != null ? this : new RegistrationDraft(name, email, country, category, reader.toLanguageTag());
    }
}
