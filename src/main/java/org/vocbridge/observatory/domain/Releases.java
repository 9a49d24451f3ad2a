package org.vocbridge.observatory.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.observatory.Breakdown;
import org.vocbridge.observatory.ChangeSummary;
import org.vocbridge.observatory.EntrySummary;
import org.vocbridge.observatory.Flag;
import org.vocbridge.observatory.ReleaseDetail;
import org.vocbridge.observatory.ReleaseStatus;
import org.vocbridge.observatory.ReleaseSummary;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/**
 * A country's releases: submitted with a change note by its stewards, approved by someone who
 * entered none of its values, which publishes it under the country's next number. Published values
 * are never overwritten; a correction is a new release, and every change is recorded.
 */
@Service
@RequiredArgsConstructor
public class Releases {

    private final ReleaseRepository releases;
    private final EntryRepository entries;
    private final ObservationRepository observations;
    private final ValueChangeRepository changes;
    private final IndicatorRepository indicatorRows;
    private final Indicators indicators;
    private final CountryStewards stewards;
    private final AccountsApi accounts;

    /** The country's release that is not yet published, if there is one (its stewards and admins). */
    @Transactional(readOnly = true)
    public java.util.Optional<ReleaseDetail> open(CurrentUser user, String country) {
        stewards.requireWriter(user, country);
        return releases.findByOpenCountry(country).map(r -> detail(r, true));
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
                .collect(Collectors.toMap(
                        o -> Entry.key(o.indicatorId(), o.year(), o.breakdown()), Function.identity()));
        for (Entry e : values) {
            Observation current = published.get(Entry.key(e.indicatorId(), e.year(), e.breakdown()));
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
                    ChangeSummary.Action.PUBLISHED,
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

    /** The latest published releases of every country, newest first: what changed in the observatory lately. */
    @Transactional(readOnly = true)
    public List<ReleaseSummary> latestPublished(int count) {
        return releases
                .findByStatusOrderByPublishedAtDesc(
                        ReleaseStatus.PUBLISHED, org.springframework.data.domain.Limit.of(count))
                .stream()
                .map(r -> summary(r, false))
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

    ReleaseDetail detail(Release release, boolean writer) {
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
                    .filter(c -> c.action() == ChangeSummary.Action.PUBLISHED)
                    .forEach(c -> previous.put(Entry.key(c.indicatorId(), c.year(), c.breakdown()), c.oldValue()));
        } else {
            observations
                    .findCurrent(release.country(), codes.keySet())
                    .forEach(o -> previous.put(Entry.key(o.indicatorId(), o.year(), o.breakdown()), o.value()));
        }
        List<EntrySummary> list = values.stream()
                .map(e -> {
                    boolean hidden = e.confidential() && !writer;
                    String key = Entry.key(e.indicatorId(), e.year(), e.breakdown());
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
