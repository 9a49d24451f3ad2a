package org.vocbridge.taxonomy.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.TranslationRow;
import org.vocbridge.taxonomy.CountryGroupSummary;

/** The admin form of a country group: its names and who belongs from when to when. */
public record CountryGroupForm(
        String code, List<TranslationRow> name, List<TranslationRow> description, List<MemberRow> members) {

    /** Spare member rows offered on the form; more can be added by saving and editing again. */
    static final int SPARE_ROWS = 3;

    /** A country's membership row; a row without a country is ignored. */
    public record MemberRow(
            String country,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {}

    static CountryGroupForm empty() {
        return of(new CountryGroupSummary(null, LocalizedText.EMPTY, LocalizedText.EMPTY, List.of()));
    }

    static CountryGroupForm of(CountryGroupSummary group) {
        List<MemberRow> rows = new ArrayList<>();
        group.members().forEach(m -> rows.add(new MemberRow(m.country(), m.from(), m.to())));
        return new CountryGroupForm(
                group.code(),
                TranslationRow.rows(group.name()),
                TranslationRow.rows(group.description()),
                withSpareRows(rows));
    }

    /** The rows to show: those sent or stored, and spare ones. */
    public List<MemberRow> rows() {
        return withSpareRows(members == null ? List.of() : members);
    }

    private static List<MemberRow> withSpareRows(List<MemberRow> rows) {
        List<MemberRow> all = new ArrayList<>(rows);
        for (int i = 0; i < SPARE_ROWS; i++) {
            all.add(new MemberRow(null, null, null));
        }
        return all;
    }

    CountryGroupSummary summary() {
        List<CountryGroupSummary.Member> filled = members == null
                ? List.of()
                : members.stream()
                        .filter(m ->
                                m != null && m.country() != null && !m.country().isBlank())
                        .map(m -> new CountryGroupSummary.Member(m.country(), m.from(), m.to()))
                        .toList();
        return new CountryGroupSummary(
                code == null ? null : code.strip(),
                InputCheck.localizedText("name", TranslationRow.toMap(name)),
                InputCheck.localizedText("description", TranslationRow.toMap(description)),
                filled);
    }
}
