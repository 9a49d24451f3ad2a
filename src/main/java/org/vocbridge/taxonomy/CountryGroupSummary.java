package org.vocbridge.taxonomy;

import java.time.LocalDate;
import java.util.List;
import org.vocbridge.shared.LocalizedText;

/**
 * A group of countries, such as the SCO member states or ASEAN, with who belonged when.
 *
 * @param code a stable code such as {@code sco-members} or {@code asean}
 */
public record CountryGroupSummary(String code, LocalizedText name, LocalizedText description, List<Member> members) {

    public CountryGroupSummary {
        name = name == null ? LocalizedText.EMPTY : name;
        description = description == null ? LocalizedText.EMPTY : description;
        members = members == null ? List.of() : List.copyOf(members);
    }

    /**
     * A country's membership of the group.
     *
     * @param to the last day, or null while it lasts
     */
    public record Member(String country, LocalDate from, LocalDate to) {

        public boolean isCurrentOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    public List<String> countriesOn(LocalDate day) {
        return members.stream()
                .filter(m -> m.isCurrentOn(day))
                .map(Member::country)
                .distinct()
                .sorted()
                .toList();
    }
}
