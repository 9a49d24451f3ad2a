package org.vocbridge.ventures.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.ventures.VentureSummary;
import org.vocbridge.ventures.VenturesMerged;

/**
 * Admins merge two records of one venture: the merged one's team, needs, outcomes and innovations
 * move to the one kept, its names become names the kept one goes by, the audit log keeps both as
 * they were, and its address leads to the one kept. Other modules are told ({@link VenturesMerged}).
 */
@Service
@RequiredArgsConstructor
public class VentureMerges {

    private final VentureRepository ventures;
    private final VentureMergeRepository merges;
    private final VentureAccess access;
    private final AccountsApi accounts;
    private final Ventures summaries;
    private final ApplicationEventPublisher events;

    @Transactional
    public VentureSummary merge(CurrentUser user, long mergedId, long intoId) {
        user.requireAdmin();
        if (mergedId == intoId) {
            new InputCheck().reject("into", "error.venture.mergeIntoItself").throwIfAny();
        }
        Venture merged = access.require(mergedId);
        Venture into = access.require(intoId);
        if (java.util.Objects.equals(into.parentId(), mergedId)) {
            new InputCheck().reject("into", "error.venture.mergeIntoInnovation").throwIfAny();
        }
        Map<String, VentureSummary> before = new LinkedHashMap<>();
        List<VentureSummary> both = summaries.summaries(List.of(merged, into));
        before.put("merged", both.get(0));
        before.put("into", both.get(1));
        into.absorb(merged);
        merges.moveTeam(mergedId, intoId);
        merges.moveNeeds(mergedId, intoId);
        merges.moveOutcomes(mergedId, intoId);
        merges.moveInnovations(mergedId, intoId);
        merges.forward(mergedId, intoId);
        ventures.delete(merged);
        ventures.flush();
        merges.save(new VentureMerge(mergedId, intoId, user.username()));
        VentureSummary after = summaries.summaries(List.of(into)).get(0);
        accounts.audit(user, "merge", "venture", intoId, before, after);
        events.publishEvent(new VenturesMerged(mergedId, intoId));
        return after;
    }

    /** The venture a merged one's address leads to now, if it was merged. */
    @Transactional(readOnly = true)
    public Optional<Long> mergedInto(long id) {
        return merges.findById(id).map(VentureMerge::intoId);
    }
}
