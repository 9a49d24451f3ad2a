package org.vocbridge.observatory;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.observatory.domain.Entry;
import org.vocbridge.observatory.domain.EntryRepository;
import org.vocbridge.observatory.domain.Indicator;
import org.vocbridge.observatory.domain.IndicatorRepository;
import org.vocbridge.observatory.domain.Observation;
import org.vocbridge.observatory.domain.ObservationRepository;
import org.vocbridge.observatory.domain.Release;
import org.vocbridge.observatory.domain.ReleaseRepository;
import org.vocbridge.observatory.domain.ReleaseStatus;
import org.vocbridge.observatory.domain.ValueChange;
import org.vocbridge.observatory.domain.ValueChangeRepository;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.spreadsheet.RejectedRowsException;
import org.vocbridge.shared.spreadsheet.RowProblem;
import org.vocbridge.shared.spreadsheet.Spreadsheet;

/**
 * A country's values on their way to publication: a data steward enters them (a form, a JSON list
 * or an uploaded file, all checked by the same rules) into the country's open release, submits it
 * with a change note, and someone who entered none of its values approves it, which publishes it
 * under the next number. Published values are never overwritten; every change is recorded.
 */
@Service
public class ReleaseService {

    static final int FIRST_YEAR = 1950;
    static final int MAX_NOTE = 1000;

    private final ReleaseRepository releases;
    private final EntryRepository entries;
    private final ObservationRepository observations;
    private final ValueChangeRepository changes;
    private final IndicatorRepository indicatorRows;
    private final IndicatorService indicators;
    private final CountryStewards stewards;
    private final AccountsApi accounts;

    ReleaseService(
            ReleaseRepository releases,
            EntryRepository entries,
            ObservationRepository observations,
            ValueChangeRepository changes,
            IndicatorRepository indicatorRows,
            IndicatorService indicators,
            CountryStewards stewards,
            AccountsApi accounts) {
        this.releases = releases;
        this.entries = entries;
        this.observations = observations;
        this.changes = changes;
        this.indicatorRows = indicatorRows;
        this.indicators = indicators;
        this.stewards = stewards;
        this.accounts = accounts;
    }

    /** The country's release that is not yet published, if there is one (its stewards and admins). */
    @Transactional(readOnly = true)
    public java.util.Optional<ReleaseDetail> open(CurrentUser user, String country) {
        stewards.requireWriter(user, country);
        return releases.findByOpenCountry(country).map(r -> detail(r, true));
    }

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
        return detail(release, true);
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
            if (v.value().stripTrailingZeros().scale() > 6 || v.value().abs().compareTo(new BigDecimal("1e17")) >= 0) {
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
        return indicatorId + "/" + v.year() + "/" + breakdownOf(v).key();
    }

    private static String key(long indicatorId, int year, String breakdown) {
        return indicatorId + "/" + year + "/" + breakdown;
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
                                e -> key(e.indicatorId(), e.year(), e.breakdown()), Function.identity()));
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
                    ValueChange.Action.ENTERED,
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
                                o -> key(o.indicatorId(), o.year(), o.breakdown()), Function.identity()));
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Sends the open release for approval, with a note saying what it adds or corrects. */
    @Transactional
    public ReleaseSummary submit(CurrentUser user, long releaseId, String changeNote, Long version) {
        Release release = require(releaseId);
        stewards.requireWriter(user, release.country());
        checkVersion(release, version);
        InputCheck check = new InputCheck().require("changeNote", changeNote).maxLength("changeNote", changeNote, 2000);
        if (release.status() != ReleaseStatus.OPEN) {
            check.reject("release", "error.observatory.release.notOpen");
        }
        if (entries.findByReleaseIdOrderByIndicatorIdAscYearAscBreakdownAsc(releaseId)
                .isEmpty()) {
            check.reject("release", "error.observatory.release.empty");
        }
        check.throwIfAny();
        ReleaseSummary before = summary(release);
        release.submit(user.username(), changeNote.strip());
        releases.flush();
        ReleaseSummary after = summary(release);
        accounts.audit(user, "release.submit", "Release", releaseId, before, after);
        return after;
    }

    /** Sends a submitted release back to its stewards with a note; it is open again. */
    @Transactional
    public ReleaseSummary sendBack(CurrentUser user, long releaseId, String note, Long version) {
        Release release = require(releaseId);
        requireReviewer(user, release);
        checkVersion(release, version);
        new InputCheck()
                .require("reviewNote", note)
                .maxLength("reviewNote", note, 2000)
                .throwIfAny();
        ReleaseSummary before = summary(release);
        release.returnForChanges(note.strip());
        releases.flush();
        ReleaseSummary after = summary(release);
        accounts.audit(user, "release.return", "Release", releaseId, before, after);
        return after;
    }

    /**
     * Approves a submitted release and publishes it under the country's next number: each value
     * replaces (or withdraws) the one published before, which stays readable as of earlier releases.
     * The approver entered none of its values and did not submit it.
     */
    @Transactional
    public ReleaseSummary approve(CurrentUser user, long releaseId, Long version) {
        Release release = require(releaseId);
        requireReviewer(user, release);
        checkVersion(release, version);
        List<Entry> values = entries.findByReleaseIdOrderByIndicatorIdAscYearAscBreakdownAsc(releaseId);
        int number = releases.lastNumber(release.country()) + 1;
        Map<String, Observation> published = observations
                .findCurrent(
                        release.country(),
                        values.stream().map(Entry::indicatorId).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(o -> key(o.indicatorId(), o.year(), o.breakdown()), Function.identity()));
        for (Entry e : values) {
            Observation current = published.get(key(e.indicatorId(), e.year(), e.breakdown()));
            if (current != null) {
                current.replacedIn(number);
            }
            if (e.value() != null) {
                observations.save(new Observation(e, release.country(), number));
            }
            changes.save(new ValueChange(
                    releaseId,
                    e.indicatorId(),
                    release.country(),
                    e.year(),
                    e.breakdown(),
                    current == null ? null : current.value(),
                    current == null ? null : current.flags(),
                    e.value(),
                    e.flags(),
                    ValueChange.Action.PUBLISHED,
                    user.username()));
        }
        ReleaseSummary before = summary(release);
        release.publish(user.username(), number);
        releases.flush();
        ReleaseSummary after = summary(release);
        accounts.audit(user, "release.approve", "Release", releaseId, before, after);
        return after;
    }

    private void requireReviewer(CurrentUser user, Release release) {
        stewards.requireWriter(user, release.country());
        InputCheck check = new InputCheck();
        if (release.status() != ReleaseStatus.SUBMITTED) {
            check.reject("release", "error.observatory.release.notSubmitted");
        } else {
            Set<String> authors = new HashSet<>();
            authors.add(release.submittedBy());
            entries.findByReleaseIdOrderByIndicatorIdAscYearAscBreakdownAsc(release.id())
                    .forEach(e -> authors.add(e.enteredBy()));
            if (authors.contains(user.username())) {
                // the four-eyes rule: values are checked by someone who did not enter them
                check.reject("release", "error.observatory.release.ownValues");
            }
        }
        check.throwIfAny();
    }

    private static void checkVersion(Release release, Long version) {
        if (version == null || version != release.version()) {
            throw new ConcurrentEditException("Release", release.id());
        }
    }

    Release require(long id) {
        return releases.findById(id).orElseThrow(() -> new NotFoundException("Release", id));
    }

    /** Published releases are open to all; the others to the country's stewards and admins. */
    @Transactional(readOnly = true)
    public ReleaseDetail release(CurrentUser user, long id) {
        Release release = require(id);
        boolean writer = stewards.writes(user, release.country());
        if (release.status() != ReleaseStatus.PUBLISHED && !writer) {
            throw new NotFoundException("Release", id);
        }
        return detail(release, writer);
    }

    /** A country's releases: the published ones, and for its stewards and admins the open one too. */
    @Transactional(readOnly = true)
    public List<ReleaseSummary> releases(CurrentUser user, String country) {
        boolean writer = stewards.writes(user, country);
        return releases.findByCountryOrderByIdDesc(country).stream()
                .filter(r -> writer || r.status() == ReleaseStatus.PUBLISHED)
                .map(r -> summary(r, writer))
                .toList();
    }

    /** Releases waiting for approval in the countries the user may approve. */
    @Transactional(readOnly = true)
    public List<ReleaseSummary> awaitingApproval(CurrentUser user) {
        return releases.findByStatusOrderBySubmittedAt(ReleaseStatus.SUBMITTED).stream()
                .filter(r -> stewards.writes(user, r.country()))
                .map(this::summary)
                .toList();
    }

    /** Every change to the values of an indicator in a country, newest first (its stewards and admins). */
    @Transactional(readOnly = true)
    public List<ChangeSummary> changes(CurrentUser user, String indicatorCode, String country) {
        stewards.requireWriter(user, country);
        Indicator indicator = indicators.require(indicatorCode);
        return changes.findByIndicatorIdAndCountryOrderByIdDesc(indicator.id(), country).stream()
                .map(c -> change(c, indicator.code()))
                .toList();
    }

    private static ChangeSummary change(ValueChange c, String indicator) {
        return new ChangeSummary(
                c.releaseId(),
                indicator,
                c.country(),
                c.year(),
                Breakdown.parse(c.breakdown()),
                ObservatoryData.plain(c.oldValue()),
                ObservatoryData.plain(c.newValue()),
                c.oldFlags(),
                c.newFlags(),
                c.action(),
                c.changedBy(),
                c.changedAt());
    }

    private ReleaseDetail detail(Release release, boolean writer) {
        List<Entry> values = entries.findByReleaseIdOrderByIndicatorIdAscYearAscBreakdownAsc(release.id());
        Map<Long, String> codes = indicatorRows
                .findAllById(
                        values.stream().map(Entry::indicatorId).collect(Collectors.toCollection(LinkedHashSet::new)))
                .stream()
                .collect(Collectors.toMap(Indicator::id, Indicator::code));
        // what each value replaces: the value published now, or once published, the one it replaced then
        Map<String, BigDecimal> previous = new HashMap<>();
        if (release.status() == ReleaseStatus.PUBLISHED) {
            changes.findByReleaseIdOrderById(release.id()).stream()
                    .filter(c -> c.action() == ValueChange.Action.PUBLISHED)
                    .forEach(c -> previous.put(key(c.indicatorId(), c.year(), c.breakdown()), c.oldValue()));
        } else {
            observations
                    .findCurrent(release.country(), codes.keySet())
                    .forEach(o -> previous.put(key(o.indicatorId(), o.year(), o.breakdown()), o.value()));
        }
        List<EntrySummary> list = values.stream()
                .map(e -> {
                    boolean hidden = e.confidential() && !writer;
                    String key = key(e.indicatorId(), e.year(), e.breakdown());
                    return new EntrySummary(
                            codes.get(e.indicatorId()),
                            e.year(),
                            Breakdown.parse(e.breakdown()),
                            hidden ? null : ObservatoryData.plain(e.value()),
                            hidden ? null : ObservatoryData.plain(previous.get(key)),
                            Flag.of(e.flags()),
                            e.confidential(),
                            e.note(),
                            writer ? e.enteredBy() : null,
                            e.enteredAt());
                })
                .toList();
        return new ReleaseDetail(summary(release, writer), list);
    }

    private ReleaseSummary summary(Release r) {
        return summary(r, true);
    }

    /** A release as the reader sees it: who opened, submitted and published it only for the country's writers. */
    private ReleaseSummary summary(Release r, boolean writer) {
        return new ReleaseSummary(
                r.id(),
                r.version(),
                r.country(),
                r.number(),
                r.status(),
                r.changeNote(),
                writer ? r.reviewNote() : null,
                writer ? r.openedBy() : null,
                r.openedAt(),
                writer ? r.submittedBy() : null,
                r.submittedAt(),
                writer ? r.publishedBy() : null,
                r.publishedAt(),
                (int) entries.countByReleaseId(r.id()),
                r.demo());
    }

    /** Whether the user may approve the release: a writer of its country who entered none of its values. */
    @Transactional(readOnly = true)
    public boolean mayApprove(CurrentUser user, long releaseId) {
        try {
            requireReviewer(user, require(releaseId));
            return true;
        } catch (InvalidInputException | AccessDeniedException | AuthenticationCredentialsNotFoundException e) {
            return false;
        }
    }
}
