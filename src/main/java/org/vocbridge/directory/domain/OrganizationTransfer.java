package org.vocbridge.directory.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.directory.OrganizationFilter;
import org.vocbridge.directory.OrganizationKind;
import org.vocbridge.directory.OrganizationStatus;
import org.vocbridge.directory.OrganizationSummary;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.spreadsheet.RowProblem;
import org.vocbridge.shared.spreadsheet.Spreadsheet;
import org.vocbridge.shared.web.CodeList;

/**
 * Organizations in and out of CSV and XLSX. Import and export share one layout, so an exported file
 * can be edited and imported again: {@code kind, name_<lang>…, acronym, country, city_<lang>…,
 * website, description_<lang>…, fields, occupations, esco_occupations, public_email, public_phone,
 * status}. Codes in {@code fields}, {@code occupations} and {@code esco_occupations} are separated
 * by spaces, commas or semicolons.
 */
@Service
@RequiredArgsConstructor
public class OrganizationTransfer {

    private static final List<String> EXPORT_LANGUAGES = List.of("zh", "en", "ru");

    private final Organizations organizations;
    private final OrganizationSearch search;

    /**
     * What an import found, and did.
     *
     * @param imported how many organizations were created (0 on a dry run or when rows are bad
     *     and skipping was not asked for)
     */
    public record Report(int rows, int validRows, List<RowProblem> problems, int imported, boolean dryRun) {}

    @Transactional
    public Report importFile(
            CurrentUser actor, InputStream in, Spreadsheet.Format format, boolean dryRun, boolean skipInvalid) {
        actor.requireSignedIn();
        List<Spreadsheet.DataRow> rows = Spreadsheet.read(in, format);
        List<RowProblem> problems = new ArrayList<>();
        List<OrganizationDraft> valid = new ArrayList<>();
        for (Spreadsheet.DataRow row : rows) {
            List<RowProblem> rowProblems = new ArrayList<>();
            OrganizationDraft draft = draft(row, rowProblems);
            if (rowProblems.isEmpty()) {
                try {
                    organizations.check(draft);
                } catch (InvalidInputException e) {
                    e.problems()
                            .forEach(p -> rowProblems.add(new RowProblem(
                                    row.number(), column(p.field()), p.code(), Arrays.asList(p.args()))));
                }
            }
            if (rowProblems.isEmpty()) {
                valid.add(draft);
            }
            problems.addAll(rowProblems);
        }
        boolean blocked = !problems.isEmpty() && !skipInvalid;
        int imported = 0;
        if (!dryRun && !blocked) {
            for (OrganizationDraft draft : valid) {
                organizations.create(actor, draft);
                imported++;
            }
        }
        return new Report(rows.size(), valid.size(), problems, imported, dryRun);
    }

    private static OrganizationDraft draft(Spreadsheet.DataRow row, List<RowProblem> problems) {
        OrganizationKind kind = null;
        String kindText = row.get("kind");
        if (kindText == null) {
            problems.add(new RowProblem(row.number(), "kind", "error.required", List.of()));
        } else {
            try {
                kind = OrganizationKind.valueOf(
                        kindText.toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(row.number(), "kind", "error.kind.unknown", List.of(kindText)));
            }
        }
        OrganizationStatus status = OrganizationStatus.ACTIVE;
        String statusText = row.get("status");
        if (statusText != null) {
            try {
                status = OrganizationStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(row.number(), "status", "error.status.unknown", List.of(statusText)));
            }
        }
        return new OrganizationDraft(
                kind,
                Spreadsheet.localized(row, "name", problems),
                row.get("acronym"),
                row.get("country") == null ? null : row.get("country").toUpperCase(Locale.ROOT),
                Spreadsheet.localized(row, "city", problems),
                row.get("website"),
                Spreadsheet.localized(row, "description", problems),
                CodeList.parse(row.get("fields")),
                CodeList.parse(row.get("occupations")),
                CodeList.parse(row.get("esco_occupations")),
                row.get("public_email"),
                row.get("public_phone"),
                null,
                status,
                null);
    }

    private static String column(String field) {
        return switch (field) {
            case "publicEmail" -> "public_email";
            case "publicPhone" -> "public_phone";
            case "escoOccupations" -> "esco_occupations";
            default -> field;
        };
    }

    /** Writes every organization the filter selects, page by page. */
    @Transactional(readOnly = true)
    public void export(OrganizationFilter filter, Spreadsheet.Format format, Locale locale, OutputStream out)
            throws IOException {
        List<String> header = new ArrayList<>(List.of("id", "kind"));
        EXPORT_LANGUAGES.forEach(l -> header.add("name_" + l));
        header.addAll(List.of("acronym", "country"));
        EXPORT_LANGUAGES.forEach(l -> header.add("city_" + l));
        header.add("website");
        EXPORT_LANGUAGES.forEach(l -> header.add("description_" + l));
        header.addAll(List.of("fields", "occupations", "esco_occupations", "public_email", "public_phone", "status"));
        Iterable<List<String>> rows = ResultPage.all(
                page -> search.list(filter, page, OrganizationSearch.MAX_PAGE_SIZE, locale), OrganizationTransfer::row);
        Spreadsheet.write(out, format, header, rows);
    }

    private static List<String> row(OrganizationSummary o) {
        List<String> row =
                new ArrayList<>(List.of(String.valueOf(o.id()), o.kind().name()));
        EXPORT_LANGUAGES.forEach(l -> row.add(o.name().values().getOrDefault(l, "")));
        row.add(o.acronym() == null ? "" : o.acronym());
        row.add(o.country());
        EXPORT_LANGUAGES.forEach(l -> row.add(o.city().values().getOrDefault(l, "")));
        row.add(o.website() == null ? "" : o.website());
        EXPORT_LANGUAGES.forEach(l -> row.add(o.description().values().getOrDefault(l, "")));
        row.add(String.join(" ", o.fields()));
        row.add(String.join(" ", o.occupations()));
        row.add(String.join(" ", o.escoOccupations()));
        row.add(o.publicEmail() == null ? "" : o.publicEmail());
        row.add(o.publicPhone() == null ? "" : o.publicPhone());
        row.add(o.status().name());
        return row;
    }
}
