package org.vocbridge.matching.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Reminders;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.matching.DemandSummary;
import org.vocbridge.matching.MatchExplanation;
import org.vocbridge.matching.MatchSide;
import org.vocbridge.matching.OfferSummary;
import org.vocbridge.matching.PostingSaved;
import org.vocbridge.matching.PostingStatus;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Alerts of new matches: an organization's editors choose the lowest score, in points out of 100,
 * of the new matches they want to hear of. Each demand or offer posted or changed is scored against
 * the open postings of the other side held by organizations that chose one; a match at or above it
 * is kept for that organization once per pair, listed on its alerts page and among its editors'
 * reminders (on the account page, and by e-mail where mail is set up) until they mark it seen.
 */
@Service
@RequiredArgsConstructor
public class MatchAlerts implements Reminders {

    /** The most alerts shown for one organization, newest first. */
    static final int SHOWN = 100;

    private final JdbcClient jdbc;
    private final PostingChecks checks;
    private final DemandRepository demandRows;
    private final OfferRepository offerRows;
    private final AccountsApi accounts;
    private final DirectoryApi directory;
    private final Algorithms algorithms;

    /** A new match for the organization: its own posting is on {@code side}. */
    public record Alert(
            long id,
            MatchSide side,
            DemandSummary demand,
            OfferSummary offer,
            int score,
            String algorithm,
            Instant createdAt,
            boolean seen) {}

    /**
     * An organization's choice and its alerts.
     *
     * @param minScore the lowest score alerted, in points out of 100; null when no alert is wanted
     */
    public record Alerts(OrganizationLabel organization, Integer minScore, List<Alert> alerts) {}

    /** The organizations the user edits, with their choice and alerts. */
    @Transactional(readOnly = true)
    public List<Alerts> mine(CurrentUser user) {
        user.requireSignedIn();
        Set<Long> edited = accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        return directory.organizationLabels(edited).values().stream()
                .sorted(Comparator.comparingLong(OrganizationLabel::id))
                .map(this::alerts)
                .toList();
    }

    @Transactional(readOnly = true)
    public Alerts of(CurrentUser user, long organizationId) {
        checks.requireEditor(user, organizationId);
        return alerts(organization(organizationId));
    }

    /** Chooses the lowest score alerted (1 to 100 points), or none. */
    @Transactional
    public Alerts choose(CurrentUser user, long organizationId, Integer minScore) {
        checks.requireEditor(user, organizationId);
        OrganizationLabel organization = organization(organizationId);
        if (minScore != null && (minScore < 1 || minScore > 100)) {
            new InputCheck()
                    .reject("minScore", "error.matching.alert.score", 1, 100)
                    .throwIfAny();
        }
        jdbc.sql("delete from matching_alert_rule where organization_id = ?")
                .param(organizationId)
                .update();
        if (minScore != null) {
            jdbc.sql("insert into matching_alert_rule (organization_id, min_score, changed_at) values (?, ?, ?)")
                    .params(organizationId, minScore * 100, Timestamp.from(Instant.now()))
                    .update();
        }
        accounts.audit(
                user, "update", "match-alert", organizationId, null, Map.of("minScore", String.valueOf(minScore)));
        return alerts(organization);
    }

    /** Marks the organization's alerts seen. */
    @Transactional
    public void seen(CurrentUser user, long organizationId) {
        checks.requireEditor(user, organizationId);
        jdbc.sql("update matching_alert set seen_at = ? where organization_id = ? and seen_at is null")
                .params(Timestamp.from(Instant.now()), organizationId)
                .update();
    }

    /** Scores a posting saved against the other side's open postings of the organizations alerted. */
    @ApplicationModuleListener
    void on(PostingSaved saved) {
        Map<Long, Integer> rules = new HashMap<>();
        jdbc.sql("select organization_id, min_score from matching_alert_rule").query(rs -> {
            rules.put(rs.getLong(1), rs.getInt(2));
        });
        if (rules.isEmpty()) {
            return;
        }
        Weights weights = algorithms.current();
        if (saved.side() == MatchSide.OFFER) {
            offerRows.findById(saved.id()).filter(Offer::open).ifPresent(offer -> {
                MatchFacts.Offer facts = Matches.facts(offer);
                demandRows.findByStatusAndOrganizationIdInOrderById(PostingStatus.OPEN, rules.keySet()).stream()
                        .filter(d -> d.organizationId() != offer.organizationId())
                        .forEach(d -> alert(
                                d.organizationId(),
                                MatchSide.DEMAND,
                                MatchScoring.score(Matches.facts(d), facts, weights),
                                rules));
            });
        } else {
            demandRows.findById(saved.id()).filter(Demand::open).ifPresent(demand -> {
                MatchFacts.Demand facts = Matches.facts(demand);
                offerRows.findByStatusAndOrganizationIdInOrderById(PostingStatus.OPEN, rules.keySet()).stream()
                        .filter(o -> o.organizationId() != demand.organizationId())
                        .forEach(o -> alert(
                                o.organizationId(),
                                MatchSide.OFFER,
                                MatchScoring.score(facts, Matches.facts(o), weights),
                                rules));
            });
        }
    }

    /** Unseen alerts, one reminder per organization the user edits. */
    @Override
    public List<Reminder> of(CurrentUser user) {
        if (!user.signedIn()) {
            return List.of();
        }
        Set<Long> edited = accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        if (edited.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> oldest = new HashMap<>();
        jdbc.sql("select organization_id, min(created_at) from matching_alert where seen_at is null"
                        + " and organization_id in (:organizations) group by organization_id")
                .param("organizations", edited)
                .query(rs -> {
                    oldest.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        Map<Long, OrganizationLabel> labels = directory.organizationLabels(oldest.keySet());
        return oldest.entrySet().stream()
                .filter(e -> labels.containsKey(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Reminder(
                        labels.get(e.getKey()).name(),
                        "matching.alert.reminder",
                        LocalDate.ofInstant(e.getValue(), ZoneOffset.UTC),
                        "/matching/alerts#organization-" + e.getKey()))
                .toList();
    }

    private void alert(long organizationId, MatchSide side, MatchExplanation match, Map<Long, Integer> rules) {
        if (!match.passed() || match.score() < rules.get(organizationId)) {
            return;
        }
        jdbc.sql("insert into matching_alert (organization_id, side, demand_id, offer_id, score, algorithm, created_at)"
                        + " select ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from matching_alert"
                        + " where organization_id = ? and demand_id = ? and offer_id = ?)")
                .params(
                        organizationId,
                        side.name(),
                        match.demandId(),
                        match.offerId(),
                        match.score(),
                        match.algorithm(),
                        Timestamp.from(Instant.now()),
                        organizationId,
                        match.demandId(),
                        match.offerId())
                .update();
    }

    private Alerts alerts(OrganizationLabel organization) {
        Integer min = jdbc.sql("select min_score from matching_alert_rule where organization_id = ?")
                .param(organization.id())
                .query(Integer.class)
                .optional()
                .map(score -> score / 100)
                .orElse(null);
        record Row(
                long id,
                MatchSide side,
                long demandId,
                long offerId,
                int score,
                String algorithm,
                Instant at,
                boolean seen) {}
        List<Row> rows = jdbc.sql("select id, side, demand_id, offer_id, score, algorithm, created_at, seen_at"
                        + " from matching_alert where organization_id = ? order by created_at desc, id desc"
                        + " fetch first " + SHOWN + " rows only")
                .param(organization.id())
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        MatchSide.valueOf(rs.getString(2)),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8) != null))
                .list();
        Map<Long, DemandSummary> demands = new HashMap<>();
        demandRows
                .findAllById(rows.stream().map(Row::demandId).toList())
                .forEach(d -> demands.put(d.id(), d.summary()));
        Map<Long, OfferSummary> offers = new HashMap<>();
        offerRows.findAllById(rows.stream().map(Row::offerId).toList()).forEach(o -> offers.put(o.id(), o.summary()));
        return new Alerts(
                organization,
                min,
                rows.stream()
                        .map(r -> new Alert(
                                r.id(),
                                r.side(),
                                demands.get(r.demandId()),
                                offers.get(r.offerId()),
                                r.score(),
                                r.algorithm(),
                                r.at(),
                                r.seen()))
                        .toList());
    }

    private OrganizationLabel organization(long organizationId) {
        OrganizationLabel label =
                directory.organizationLabels(List.of(organizationId)).get(organizationId);
        if (label == null) {
            throw new NotFoundException("Organization", organizationId);
        }
        return label;
    }
}
