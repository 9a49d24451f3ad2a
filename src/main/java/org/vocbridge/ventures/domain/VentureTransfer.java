package org.vocbridge.ventures.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.spreadsheet.RowProblem;
import org.vocbridge.shared.spreadsheet.Spreadsheet;
import org.vocbridge.shared.web.CodeList;
import org.vocbridge.ventures.PossibleDuplicate;
import org.vocbridge.ventures.PossibleDuplicatesException;
import org.vocbridge.ventures.VentureKind;
import org.vocbridge.ventures.VentureStage;
import org.vocbridge.ventures.VentureSummary;

/**
 * Ventures in and out of CSV and XLSX. Import and export share one layout: {@code kind,
 * name_<lang>…, also_known_as (separated by ;), pitch_<lang>…, website, country, city, founded,
 * legal_form, registration_number, sector, sdgs, stage, readiness_level, organization_id,
 * college_id, agreement_id, fields (ISCED-F), occupations (ISCO-08), esco_occupations, distinct}. Crunchbase's organization export is read too: Organization Name (English),
 * Legal Name, Description or Full Description, Website, Headquarters Location (its last part the
 * country), Founded Date and Last Funding Type (for the stage). Every row goes through the same
 * checks and duplicate check as the form, also against the rows above it; each row is saved on its
 * own, so one that fails stops no other and is reported.
 */
@Service
@RequiredArgsConstructor
public class VentureTransfer {

    private static final List<String> EXPORT_LANGUAGES = List.of("zh", "en", "ru");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final Ventures ventures;
    private final VentureChecks checks;
    private final PossibleDuplicates duplicates;
    private final PlatformTransactionManager transactions;

    /**
     * What an import found, and did.
     *
     * @param imported the ids of the ventures registered (none on a dry run, nor when rows are bad
     *     and skipping them was not asked for)
     */
    public record Report(int rows, int validRows, List<RowProblem> problems, List<Long> imported, boolean dryRun) {}

    public Report importFile(
            CurrentUser actor, InputStream in, Spreadsheet.Format format, boolean dryRun, boolean skipInvalid) {
        actor.requireSignedIn();
        List<Spreadsheet.DataRow> rows = Spreadsheet.read(in, format);
        List<RowProblem> problems = new ArrayList<>();
        Map<Spreadsheet.DataRow, VentureDraft> valid = new LinkedHashMap<>();
        TransactionTemplate reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
        for (Spreadsheet.DataRow row : rows) {
            List<RowProblem> rowProblems = new ArrayList<>();
            VentureDraft draft = draft(row, rowProblems);
            if (rowProblems.isEmpty()) {
                reading.executeWithoutResult(status -> check(actor, row, draft, valid, rowProblems));
            }
            if (rowProblems.isEmpty()) {
                valid.put(row, draft);
            }
            problems.addAll(rowProblems);
        }
        List<Long> imported = new ArrayList<>();
        if (!dryRun && (problems.isEmpty() || skipInvalid)) {
            TransactionTemplate writing = new TransactionTemplate(transactions);
            valid.forEach((row, draft) -> {
                try {
                    imported.add(writing.execute(
                            status -> ventures.register(actor, draft).id()));
                } catch (PossibleDuplicatesException e) {
                    // recorded by someone else since the check: reported, the other rows go on
                    problems.add(new RowProblem(row.number(), "", "error.venture.possibleDuplicates", List.of()));
                } catch (RuntimeException e) {
                    problems.add(new RowProblem(row.number(), "", "error.import.rowFailed", List.of()));
                }
            });
        }
        return new Report(rows.size(), valid.size(), problems, imported, dryRun);
    }

    /** The form's checks, the duplicate check against what is recorded and against the rows above. */
    private void check(
            CurrentUser actor,
            Spreadsheet.DataRow row,
            VentureDraft draft,
            Map<Spreadsheet.DataRow, VentureDraft> above,
            List<RowProblem> problems) {
        try {
            checks.check(draft, null, actor);
        } catch (InvalidInputException e) {
            e.problems()
                    .forEach(p -> problems.add(
                            new RowProblem(row.number(), column(p.field()), p.code(), Arrays.asList(p.args()))));
            return;
        }
        if (draft.distinct()) {
            return;
        }
        VentureIdentity identity = Ventures.Described.of(draft).identity();
        List<PossibleDuplicate> recorded = duplicates.of(identity, null);
        if (!recorded.isEmpty()) {
            problems.add(new RowProblem(
                    row.number(),
                    "",
                    "error.import.ventureRecorded",
                    List.of(recorded.get(0).ventureId())));
            return;
        }
        above.forEach((earlier, other) -> {
            if (problems.isEmpty()
                    && identity.resemblance(Ventures.Described.of(other).identity())
                            .isPresent()) {
                problems.add(new RowProblem(row.number(), "", "error.import.ventureAbove", List.of(earlier.number())));
            }
        });
    }

    private static VentureDraft draft(Spreadsheet.DataRow row, List<RowProblem> problems) {
        Map<String, String> name = Spreadsheet.localized(row, "name", problems);
        Map<String, String> pitch = Spreadsheet.localized(row, "pitch", problems);
        List<String> otherNames = new ArrayList<>(split(row.get("also_known_as")));
        String country = row.get("country");
        String city = row.get("city");
        // Crunchbase's organization export
        crunchbase(row, "organization name").ifPresent(n -> name.putIfAbsent("en", n));
        crunchbase(row, "legal name").ifPresent(otherNames::add);
        Optional.ofNullable(row.get("full description"))
                .or(() -> Optional.ofNullable(row.get("description")))
                .ifPresent(d -> pitch.putIfAbsent("en", d));
        String headquarters = row.get("headquarters location");
        if (headquarters != null) {
            List<String> parts =
                    Arrays.stream(headquarters.split(",")).map(String::strip).toList();
            city = city == null ? parts.get(0) : city;
            country = country == null ? countryCode(parts.get(parts.size() - 1)) : country;
        }
        return new VentureDraft(
                enumOf(VentureKind.class, row, "kind", problems).orElse(VentureKind.VENTURE),
                null,
                name,
                pitch,
                otherNames,
                row.get("website"),
                country == null ? null : country.toUpperCase(Locale.ROOT),
                city,
                founded(row, problems),
                row.get("legal_form"),
                row.get("registration_number"),
                row.get("sector") == null ? null : row.get("sector").toUpperCase(Locale.ROOT),
                number(row, "sdgs", problems),
                enumOf(VentureStage.class, row, "stage", problems)
                        .or(() -> stageOfFunding(row.get("last funding type")))
                        .orElse(null),
                whole(row, "readiness_level", problems),
                id(whole(row, "organization_id", problems)),
                id(whole(row, "college_id", problems)),
                id(whole(row, "agreement_id", problems)),
                List.copyOf(CodeList.parse(row.get("fields"))),
                List.copyOf(CodeList.parse(row.get("occupations"))),
                List.copyOf(CodeList.parse(row.get("esco_occupations"))),
                "true".equalsIgnoreCase(row.get("distinct")) || "yes".equalsIgnoreCase(row.get("distinct")),
                null);
    }

    private static Optional<String> crunchbase(Spreadsheet.DataRow row, String column) {
        return Optional.ofNullable(row.get(column));
    }

    /** Crunchbase's last funding type, as the stage it says a venture reached. */
    static Optional<VentureStage> stageOfFunding(String type) {
        if (type == null) {
            return Optional.empty();
        }
        String t = type.toLowerCase(Locale.ROOT);
        if (t.contains("pre-seed") || t.contains("angel") || t.contains("grant")) {
            return Optional.of(VentureStage.VALIDATE);
        }
        if (t.contains("seed")) {
            return Optional.of(VentureStage.BUILD);
        }
        if (t.contains("series a")) {
            return Optional.of(VentureStage.EFFICIENCY);
        }
        if (t.contains("series b") || t.contains("series c")) {
            return Optional.of(VentureStage.GROWTH);
        }
        if (t.contains("series") || t.contains("ipo") || t.contains("private equity")) {
            return Optional.of(VentureStage.MATURE);
        }
        return Optional.empty();
    }

    /** An English country name (as Crunchbase writes it) or a code, as an ISO 3166-1 alpha-2 code. */
    private static String countryCode(String written) {
        if (written.length() == 2) {
            return written;
        }
        return Arrays.stream(Locale.getISOCountries())
                .filter(code -> new Locale.Builder()
                        .setRegion(code)
                        .build()
                        .getDisplayCountry(Locale.ENGLISH)
                        .equalsIgnoreCase(written))
                .findFirst()
                .orElse(written);
    }

    /** A founding date as written: a day, a month (2021-05) or a year (2021). */
    private static LocalDate founded(Spreadsheet.DataRow row, List<RowProblem> problems) {
        String text = Optional.ofNullable(row.get("founded")).orElse(row.get("founded date"));
        if (text == null) {
            return null;
        }
        try {
            if (text.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(text), 1, 1);
            }
            return YEAR_MONTH.matcher(text).matches() ? LocalDate.parse(text + "-01") : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(row.number(), "founded", "typeMismatch.java.time.LocalDate", List.of()));
            return null;
        }
    }

    private static <E extends Enum<E>> Optional<E> enumOf(
            Class<E> type, Spreadsheet.DataRow row, String column, List<RowProblem> problems) {
        String text = row.get(column);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_')));
        } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(row.number(), column, "error.import.unknownValue", List.of(text)));
            return Optional.empty();
        }
    }

    private static Integer whole(Spreadsheet.DataRow row, String column, List<RowProblem> problems) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.replaceAll("\\.0+$", ""));
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(row.number(), column, "typeMismatch.java.lang.Integer", List.of()));
            return null;
        }
    }

    private static Long id(Integer number) {
        return number == null ? null : number.longValue();
    }

    private static List<Integer> number(Spreadsheet.DataRow row, String column, List<RowProblem> problems) {
        List<Integer> numbers = new ArrayList<>();
        for (String code : CodeList.parse(row.get(column))) {
            try {
                numbers.add(Integer.valueOf(code));
            } catch (NumberFormatException e) {
                problems.add(new RowProblem(row.number(), column, "typeMismatch.java.lang.Integer", List.of()));
            }
        }
        return numbers;
    }

    private static List<String> split(String names) {
        return names == null
                ? List.of()
                : Arrays.stream(names.split(";"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static String column(String field) {
        return switch (field) {
            case "alsoKnownAs" -> "also_known_as";
            case "legalForm" -> "legal_form";
            case "registrationNumber" -> "registration_number";
            case "readinessLevel" -> "readiness_level";
            case "organizationId" -> "organization_id";
            case "collegeId" -> "college_id";
            case "agreementId" -> "agreement_id";
            case "escoOccupations" -> "esco_occupations";
            default -> field;
        };
    }

    /** Writes every venture the filter selects, page by page, in the layout the import reads. */
    public void export(Ventures.Filter filter, Spreadsheet.Format format, OutputStream out) throws IOException {
        List<String> header = new ArrayList<>(List.of("id", "kind"));
        EXPORT_LANGUAGES.forEach(l -> header.add("name_" + l));
        header.add("also_known_as");
        EXPORT_LANGUAGES.forEach(l -> header.add("pitch_" + l));
        header.addAll(List.of(
                "website",
                "country",
                "city",
                "founded",
                "legal_form",
                "registration_number",
                "sector",
                "sdgs",
                "stage",
                "readiness_level",
                "organization_id",
                "college_id"));
        Iterable<List<String>> rows =
                ResultPage.all(page -> ventures.list(filter, page, Ventures.MAX_PAGE_SIZE), VentureTransfer::row);
        Spreadsheet.write(out, format, header, rows);
    }

    private static List<String> row(VentureSummary v) {
        List<String> row =
                new ArrayList<>(List.of(String.valueOf(v.id()), v.kind().name()));
        EXPORT_LANGUAGES.forEach(l -> row.add(v.name().values().getOrDefault(l, "")));
        row.add(String.join("; ", v.alsoKnownAs()));
        EXPORT_LANGUAGES.forEach(l -> row.add(v.pitch().values().getOrDefault(l, "")));
        row.add(Objects.toString(v.website(), ""));
        row.add(v.country());
        row.add(Objects.toString(v.city(), ""));
        row.add(Objects.toString(v.founded(), ""));
        row.add(Objects.toString(v.legalForm(), ""));
        row.add(Objects.toString(v.registrationNumber(), ""));
        row.add(Objects.toString(v.sector(), ""));
        row.add(String.join(" ", v.sdgs().stream().map(String::valueOf).toList()));
        row.add(v.stage().name());
        row.add(Objects.toString(v.readinessLevel(), ""));
        row.add(v.organization() == null ? "" : String.valueOf(v.organization().id()));
        row.add(v.college() == null ? "" : String.valueOf(v.college().id()));
        row.add(v.agreement() == null ? "" : String.valueOf(v.agreement().id()));
        row.add(String.join(" ", v.fields()));
        row.add(String.join(" ", v.occupations()));
        row.add(String.join(" ", v.escoOccupations()));
        return row;
    }
}
