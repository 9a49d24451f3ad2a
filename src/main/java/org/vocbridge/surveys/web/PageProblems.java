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

    /** Each problem of a refused workbook with where it is: the sheet, and the row and column when it has them. */
    List<String> of(XlsForm.RejectedFormException e) {
        return e.problems().stream()
                .map(p -> {
                    String what = message(p.code(), p.args().toArray());
                    if (p.sheet() == null || p.sheet().isBlank()) {
                        return what;
                    } else if (p.row() <= 0) {
                        return message("surveys.problemInSheet", new Object[] {p.sheet(), what});
                    } else if (p.column() == null || p.column().isBlank()) {
                        return message("surveys.problemAtRow", new Object[] {p.sheet(), p.row(), what});
                    }
                    return message("surveys.problemAtCell", new Object[] {p.sheet(), p.row(), p.column(), what});
                })
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
