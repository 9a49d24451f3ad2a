package org.vocbridge.matching.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.matching.DemandKind;
import org.vocbridge.matching.DemandProfile;
import org.vocbridge.matching.PostingStatus;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.ventures.NeedChanged;
import org.vocbridge.ventures.NeedKind;
import org.vocbridge.ventures.NeedSummary;
import org.vocbridge.ventures.VentureSummary;
import org.vocbridge.ventures.VenturesApi;

/**
 * Ventures' needs that colleges can meet arrive as demands: a need for skilled people (hires) as a
 * demand for graduates, a need for mentors as a demand for trainers, posted for the venture's
 * directory record with the venture's occupations, field, country and city, the need's description
 * and how many. A venture's directory record is the venture's own word, so the need is posted only
 * when whoever changed it may post for that organization (its editors, admins). The demand changes
 * with the need and closes when it is met, withdrawn or removed, or when it can no longer be posted.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class VentureNeedDemands {

    static final Map<NeedKind, DemandKind> KINDS =
            Map.of(NeedKind.SKILLS, DemandKind.GRADUATES, NeedKind.MENTORING, DemandKind.TRAINERS);

    private final VenturesApi ventures;
    private final Demands demands;
    private final AccountsApi accounts;

    @ApplicationModuleListener
    void on(NeedChanged changed) {
        Optional<NeedSummary> need =
                ventures.need(changed.needId()).filter(n -> n.status().sought() && KINDS.containsKey(n.kind()));
        Optional<VentureSummary> venture = need.flatMap(
                        n -> ventures.byIds(List.of(n.ventureId())).stream().findFirst())
                .filter(v -> v.organization() != null
                        && changed.by() != null
                        && accounts.holds(
                                changed.by(),
                                Role.ORGANIZATION_EDITOR,
                                v.organization().id()));
        if (need.isEmpty() || venture.isEmpty()) {
            demands.closeForVentureNeed(changed.needId());
            return;
        }
        VentureSummary v = venture.get();
        try {
            demands.forVentureNeed(v.id(), changed.needId(), v.demo(), draft(v, need.get()));
        } catch (InvalidInputException e) {
            log.warn("Need {} of venture {} cannot be a demand: {}", changed.needId(), v.id(), e.getMessage());
            demands.closeForVentureNeed(changed.needId());
        }
    }

    private static DemandDraft draft(VentureSummary v, NeedSummary need) {
        DemandProfile profile = new DemandProfile(
                v.occupations(),
                v.escoOccupations(),
                List.of(),
                need.quantity(),
                null,
                null,
                v.city(),
                v.country() == null ? List.of() : List.of(v.country()),
                false,
                false,
                false,
                List.of(),
                List.of(),
                null,
                v.fields().isEmpty() ? null : v.fields().get(0));
        return new DemandDraft(
                v.organization().id(),
                KINDS.get(need.kind()),
                v.name().values(),
                need.description() == null ? Map.of() : need.description().values(),
                profile,
                PostingStatus.OPEN,
                null);
    }
}
