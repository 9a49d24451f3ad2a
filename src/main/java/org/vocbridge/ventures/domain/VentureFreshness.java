package org.vocbridge.ventures.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Reminders;
import org.vocbridge.accounts.Role;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.ventures.FieldGroup;
import org.vocbridge.ventures.Freshness;
import org.vocbridge.ventures.VentureSummary;

/**
 * Keeping ventures fresh: keepers confirm a group of fields as right today; the groups whose
 * confirmation ran out are listed to the keepers (their account page, the API) and to admins. It is
 * worked out when asked, from the dates, so nothing waits on a job that could stop.
 */
@Service
@RequiredArgsConstructor
public class VentureFreshness implements Reminders {

    private final VentureRepository ventures;
    private final VentureAccess access;
    private final AccountsApi accounts;
    private final FreshnessRules rules;
    private final Ventures summaries;

    /** A venture and the groups of its fields its keepers should confirm or change. */
    public record Due(VentureSummary venture, List<Freshness> stale) {}

    /** The venture's keepers say a group of its fields is right as it is. */
    @Transactional
    public VentureSummary confirm(CurrentUser user, long ventureId, FieldGroup group) {
        Venture venture = access.kept(user, ventureId);
        venture.confirm(group);
        ventures.flush();
        return summaries.summaries(List.of(venture)).get(0);
    }

    /** The ventures the user keeps that are stale. */
    @Transactional(readOnly = true)
    public List<Due> dueFor(CurrentUser user) {
        if (!user.signedIn()) {
            return List.of();
        }
        var organizations = new ArrayList<>(accounts.scopes(user, Role.ORGANIZATION_EDITOR));
        if (organizations.isEmpty()) {
            organizations.add(-1L);
        }
        return due(ventures.keptBy(user.id(), organizations));
    }

    /** Every stale venture, for admins, the longest unchanged first. */
    @Transactional(readOnly = true)
    public ResultPage<Due> stale(CurrentUser user, int page, int size) {
        user.requireAdmin();
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.max(1, Math.min(size, Ventures.MAX_PAGE_SIZE)));
        Instant now = Instant.now();
        var found = ventures.stale(
                rules.cutoff(FieldGroup.PROFILE, now),
                rules.cutoff(FieldGroup.TEAM_AND_STAGE, now),
                rules.cutoff(FieldGroup.NEEDS, now),
                rules.cutoff(FieldGroup.FIGURES, now),
                request);
        return new ResultPage<>(
                due(found.getContent()), request.getPageNumber(), request.getPageSize(), found.getTotalElements());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> of(CurrentUser user) {
        return dueFor(user).stream()
                .flatMap(d -> d.stale().stream()
                        .map(f -> new Reminder(
                                d.venture().name(),
                                "venture.reminder." + f.group(),
                                f.due(),
                                "/ventures/" + d.venture().id() + "#freshness")))
                .toList();
    }

    private List<Due> due(List<Venture> found) {
        return summaries.summaries(found).stream()
                .filter(VentureSummary::stale)
                .map(v -> new Due(
                        v, v.freshness().stream().filter(Freshness::stale).toList()))
                .toList();
    }
}
