package org.vocbridge.observatory.domain;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.observatory.Breakdown;
import org.vocbridge.observatory.ChangeSummary;
import org.vocbridge.observatory.DimensionSummary;
import org.vocbridge.observatory.Flag;
import org.vocbridge.observatory.IndicatorSummary;
import org.vocbridge.observatory.ReleaseDetail;
import org.vocbridge.observatory.ReleaseStatus;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.spreadsheet.RejectedRowsException;
import org.vocbridge.shared.spreadsheet.RowProblem;
import org.vocbridge.shared.spreadsheet.Spreadsheet;

/**
 * Entering a country's values into its open release: by a form, a JSON list or an uploaded file, all
 * checked by the same rules; with one bad value nothing is stored. A value equal to what is there
 * already changes nothing; every change is recorded with who, when, old and new.
 */
@Service
@RequiredArgsConstructor
public class DataEntry {

    static final int FIRST_YEAR = 1950;
    static final int MAX_NOTE = 1000;

    private final ReleaseRepository releases;
    private final EntryRepository entries;
    private final ObservationRepository observations;
    private final ValueChangeRepository changes;
    private final Indicators indicators;
    private final CountryStewards stewards;
    private final Releases lifecycle;

    /**
     * Enters values into the country's open release (opened if there is none). All are checked first;
     * with one bad value nothing is stored. A value equal to what is there already changes nothing.
     */
    @Transactional
    public ReleaseDetail enter(CurrentUser user, String country, List<ValueInput> values) {
        return enter(user, country, values, false);
    }

    /** As {@link #enter(CurrentUser, String, List)}; a new release for demo figures is marked as such. */
    @Transactional
    ReleaseDetail enter(CurrentUser user, String country, List<ValueInput> values, boolean demo) {
        stewards.requireWriter(user, country);
        InputCheck check = new InputCheck();
        Map<String, IndicatorSummary> known = indicatorsByCode();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String prefix = "values[" + i + "].";
            ValueInput v = values.get(i);
            List<RowProblem> problems = new ArrayList<>();
            check(v, country, known, problems, 0);
            problems.forEach(
                    p -> check.reject(prefix + p.column(), p.code(), p.args().toArray()));
            if (problems.isEmpty()) {
                Integer first = seen.putIfAbsent(key(known.get(v.indicator()).id(), v), i);
                if (first != null) {
                    check.reject(prefix + "breakdown", "error.observatory.duplicate", first + 1);
                }
            }
        }
        if (values.isEmpty()) {
            check.reject("values", "error.observatory.noValues");
        }
        check.throwIfAny();
        Release release = openRelease(user, country, demo);
        store(user, country, release, values, known, true);
        return lifecycle.detail(release, true);
    }

    /**
     * Checks an uploaded file, row by row, and stores its values unless it is a dry run. Every row is
     * for the given country. With a bad row, every bad row is reported ({@link RejectedRowsException})
     * and nothing is stored.
     */
    @Transactional
    public UploadReport upload(
            CurrentUser user,
            String country,
            InputStream file,
            Spreadsheet.Format format,
            UploadLayout layout,
            boolean dryRun) {
        stewards.requireWriter(user, country);
        List<Spreadsheet.DataRow> rows = Spreadsheet.read(file, format);
        List<RowProblem> problems = new ArrayList<>();
        Set<String> dimensionCodes =
                indicators.dimensions().stream().map(DimensionSummary::code).collect(Collectors.toSet());
        List<ValueFile.Row> read = ValueFile.read(rows, layout, dimensionCodes, problems);
        Map<String, IndicatorSummary> known = indicatorsByCode();
        Map<String, Integer> seen = new HashMap<>();
        List<ValueInput> values = new ArrayList<>();
        for (ValueFile.Row row : read) {
            List<RowProblem> rowProblems = new ArrayList<>();
            if (!row.country().equals(country)) {
                rowProblems.add(new RowProblem(
                        row.number(),
                        ValueFile.column(layout, "country"),
                        "error.observatory.country.other",
                        List.of(row.country(), country)));
            }
            check(row.value(), country, known, rowProblems, row.number());
            if (rowProblems.isEmpty()) {
                Integer first =
                        seen.putIfAbsent(key(known.get(row.value().indicator()).id(), row.value()), row.number());
                if (first != null) {
                    rowProblems.add(new RowProblem(
                            row.number(),
                            ValueFile.column(layout, "year"),
                            "error.observatory.duplicate",
                            List.of(first)));
                }
            }
            rowProblems.stream()
                    .map(p -> new RowProblem(p.row(), fileColumn(layout, p.column()), p.code(), p.args()))
                    .forEach(problems::add);
            values.add(row.value());
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        if (!problems.isEmpty()) {
            throw new RejectedRowsException(rows.size(), problems);
        }
        if (dryRun) {
            int changed =
                    store(user, country, releases.findByOpenCountry(country).orElse(null), values, known, false);
            return new UploadReport(rows.size(), changed, false, true);
        }
        Release release = openRelease(user, country, false);
        int changed = store(user, country, release, values, known, true);
        return new UploadReport(rows.size(), changed, true, false);
    }

    private static String fileColumn(UploadLayout layout, String field) {
        return field.startsWith("breakdown.")
                ? ValueFile.column(layout, field.substring(10))
                : ValueFile.column(layout, field);
    }

    /** The checks every value passes, however it comes in; problems name fields of {@link ValueInput}. */
    private void check(
            ValueInput v, String country, Map<String, IndicatorSummary> known, List<RowProblem> problems, int row) {
        IndicatorSummary indicator = v.indicator() == null ? null : known.get(v.indicator());
        if (v.indicator() == null || v.indicator().isBlank()) {
            problems.add(new RowProblem(row, "indicator", "error.required", List.of()));
        } else if (indicator == null) {
            problems.add(
                    new RowProblem(row, "indicator", "error.observatory.indicator.unknown", List.of(v.indicator())));
        } else if (!indicator.countries().contains(country)) {
            problems.add(new RowProblem(
                    row, "indicator", "error.observatory.country.notCollected", List.of(country, indicator.code())));
        }
        int thisYear = Year.now().getValue();
        if (v.year() == null) {
            problems.add(new RowProblem(row, "year", "error.required", List.of()));
        } else if (v.year() < FIRST_YEAR || v.year() > thisYear) {
            problems.add(
                    new RowProblem(row, "year", "error.observatory.year", List.of(v.year(), FIRST_YEAR, thisYear)));
        }
        if (v.value() != null) {
            if (!storable(v.value())) {
                problems.add(new RowProblem(row, "value", "error.observatory.precision", List.of(v.value())));
            } else if (indicator != null) {
                boolean low = indicator.minValue() != null && v.value().compareTo(indicator.minValue()) < 0;
                boolean high = indicator.maxValue() != null && v.value().compareTo(indicator.maxValue()) > 0;
                if (low || high) {
                    problems.add(new RowProblem(
                            row,
                            "value",
                            "error.observatory.range",
                            List.of(
                                    v.value().toPlainString(),
                                    bound(indicator.minValue()),
                                    bound(indicator.maxValue()))));
                }
            }
        }
        if (v.note() != null && v.note().length() > MAX_NOTE) {
            problems.add(new RowProblem(row, "note", "error.tooLong", List.of(MAX_NOTE)));
        }
        if (indicator != null && v.breakdown() != null) {
            v.breakdown().parts().forEach((dimension, code) -> {
                var allowed = indicator.dimensions().stream()
                        .filter(d -> d.code().equals(dimension))
                        .findFirst();
                if (allowed.isEmpty()) {
                    problems.add(new RowProblem(
                            row,
                            "breakdown." + dimension,
                            "error.observatory.breakdown.notAllowed",
                            List.of(dimension, indicator.code())));
                } else if (!allowed.get().has(code)) {
                    problems.add(new RowProblem(
                            row,
                            "breakdown." + dimension,
                            "error.observatory.breakdown.value",
                            List.of(code, dimension)));
                }
            });
        }
    }

    private static String bound(BigDecimal b) {
        return b == null ? "–" : b.stripTrailingZeros().toPlainString();
    }

    private static String key(long indicatorId, ValueInput v) {
        return Entry.key(indicatorId, v.year(), breakdownOf(v).key());
    }

    private static Breakdown breakdownOf(ValueInput v) {
        return v.breakdown() == null ? Breakdown.TOTAL : v.breakdown();
    }

    private Map<String, IndicatorSummary> indicatorsByCode() {
        return indicators.all().stream().collect(Collectors.toMap(IndicatorSummary::code, Function.identity()));
    }

    private Release openRelease(CurrentUser user, String country, boolean demo) {
        Release release = releases.findByOpenCountry(country)
                .orElseGet(() -> releases.saveAndFlush(new Release(country, user.username(), demo)));
        if (release.status() == ReleaseStatus.SUBMITTED) {
            throw new InvalidInputException(
                    List.of(new InvalidInputException.FieldProblem("release", "error.observatory.release.submitted")));
        }
        return release;
    }

    /**
     * Counts the values that change something (a value, flags, confidentiality or note beside what
     * the release or the published data holds) and, when {@code write}, stores them with their
     * changes; without {@code write} the release may be null (none is open yet).
     */
    private int store(
            CurrentUser user,
            String country,
            Release release,
            List<ValueInput> values,
            Map<String, IndicatorSummary> known,
            boolean write) {
        Map<String, Entry> staged = release == null
                ? new HashMap<>()
                : entries.findByReleaseIdOrderByIndicatorIdAscYearAscBreakdownAsc(release.id()).stream()
                        .collect(Collectors.toMap(
                                e -> Entry.key(e.indicatorId(), e.year(), e.breakdown()), Function.identity()));
        Map<String, Observation> published = published(country, values, known);
        int changed = 0;
        for (ValueInput v : values) {
            IndicatorSummary indicator = known.get(v.indicator());
            String key = key(indicator.id(), v);
            String flags = Flag.codes(v.flags());
            String note =
                    v.note() == null || v.note().isBlank() ? null : v.note().strip();
            Entry entry = staged.get(key);
            Observation current = published.get(key);
            BigDecimal oldValue = entry != null ? entry.value() : current == null ? null : current.value();
            String oldFlags = entry != null ? entry.flags() : current == null ? null : current.flags();
            boolean same = entry != null
                    ? sameNumber(entry.value(), v.value())
                            && entry.flags().equals(flags)
                            && entry.confidential() == v.confidential()
                            && Objects.equals(entry.note(), note)
                    : current == null
                            ? v.value() == null
                            : sameNumber(current.value(), v.value())
                                    && current.flags().equals(flags)
                                    && current.confidential() == v.confidential()
                                    && Objects.equals(current.note(), note);
            if (same) {
                continue;
            }
            changed++;
            if (!write) {
                continue;
            }
            if (entry == null) {
                entry = new Entry(
                        release.id(), indicator.id(), v.year(), breakdownOf(v).key());
                staged.put(key, entry);
            }
            entry.set(v.value(), flags, v.confidential(), note, user.username());
            entries.save(entry);
            changes.save(new ValueChange(
                    release.id(),
                    indicator.id(),
                    country,
                    v.year(),
                    entry.breakdown(),
                    oldValue,
                    oldFlags,
                    v.value(),
                    flags,
                    ChangeSummary.Action.ENTERED,
                    user.username()));
        }
        return changed;
    }

    private Map<String, Observation> published(
            String country, List<ValueInput> values, Map<String, IndicatorSummary> known) {
        Set<Long> ids = values.stream().map(v -> known.get(v.indicator()).id()).collect(Collectors.toSet());
        return ids.isEmpty()
                ? Map.of()
                : observations.findCurrent(country, ids).stream()
                        .collect(Collectors.toMap(
                                o -> Entry.key(o.indicatorId(), o.year(), o.breakdown()), Function.identity()));
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Whether a figure fits the store: below 10^17, with at most six decimals. */
    static boolean storable(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 6 && value.abs().compareTo(new BigDecimal("1e17")) < 0;
    }
}
