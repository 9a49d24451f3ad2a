package org.vocbridge.surveys.web;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.surveys.domain.XlsForm;

/** What stopped a survey page's action, in the reader's language, for the top of the page. */
@Component
@RequiredArgsConstructor
class PageProblems {

    private final MessageSource messages;

    List<String> of(XlsForm.RejectedFormException e) {
        return e.problems().stream()
                .map(p -> message(p.code(), p.args().toArray()))
                .distinct()
                .toList();
    }

    List<String> of(InvalidInputException e) {
        return e.problems().stream().map(p -> message(p.code(), p.args())).toList();
    }

    List<String> of(String code) {
        return List.of(message(code, null));
    }

    private String message(String code, Object[] args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
