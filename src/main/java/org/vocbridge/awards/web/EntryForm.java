package org.vocbridge.awards.web;

import java.util.List;
import org.vocbridge.awards.AwardCategory;
import org.vocbridge.awards.EntrySubject;
import org.vocbridge.awards.domain.EntryDraft;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.web.TranslationRow;

/**
 * The entry form: the category, the record entered as {@code KIND:id} (the kind its category
 * takes), the language and statement, and the nominating organization, if any.
 */
record EntryForm(
        AwardCategory category, String subject, String language, List<TranslationRow> statement, Long nominatedBy) {

    static EntryForm empty(String language) {
        return new EntryForm(null, null, language, List.of(), null);
    }

    EntryDraft draft() {
        Long id = null;
        if (category != null && subject != null && !subject.isBlank()) {
            String[] parts = subject.split(":", 2);
            EntrySubject kind = category.subject();
            if (parts.length != 2 || !parts[0].equals(kind.name()) || !parts[1].matches("\\d{1,18}")) {
                new InputCheck()
                        .reject("subject", "error.award.subject." + kind)
                        .throwIfAny();
            }
            id = Long.valueOf(parts[1]);
        } else if (category != null) {
            new InputCheck().reject("subject", "error.required").throwIfAny();
        }
        return new EntryDraft(category, id, null, TranslationRow.toMap(statement), language, null, nominatedBy, null);
    }
}
