package org.vocbridge.awards.domain;

import java.util.List;
import java.util.Map;
import org.vocbridge.awards.AwardCategory;

/**
 * An entry as submitted.
 *
 * @param subjectId the record entered: a library resource, a person, a venture or an organization, as the category says
 * @param title how the entry is called; the record's own name when empty
 * @param statement why it deserves the award, in any language
 * @param language the language the entry is written in (BCP 47)
 * @param organizationId the organization it is entered from; the record's own when empty
 * @param nominatedBy the member organization that nominates it, whose editor the user is; null when entered by its entrant
 * @param people for a teaching team, the people of the directory in it
 */
public record EntryDraft(
        AwardCategory category,
        Long subjectId,
        Map<String, String> title,
        Map<String, String> statement,
        String language,
        Long organizationId,
        Long nominatedBy,
        List<Long> people) {

    public EntryDraft {
        people = people == null
                ? List.of()
                : people.stream().filter(java.util.Objects::nonNull).toList();
    }
}
