package org.vocbridge.matching.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.matching.DemandProfile;
import org.vocbridge.matching.DemandSummary;
import org.vocbridge.matching.MatchSide;
import org.vocbridge.matching.PostingSaved;
import org.vocbridge.matching.PostingStatus;
import org.vocbridge.matching.SkillNeed;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/** Demands: posted and changed by their organization's editors, read by everyone. */
@Service
@RequiredArgsConstructor
public class Demands {

    private final DemandRepository demands;
    private final PostingChecks checks;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;

    @Transactional
    public DemandSummary create(CurrentUser user, DemandDraft draft) {
        user.requireSignedIn();
        if (draft.organizationId() != null) {
            checks.requireEditor(user, draft.organizationId());
        }
        check(draft);
        Demand demand = new Demand(draft.organizationId(), user.id(), false, Instant.now());
        return save(user, demand, draft, "create");
    }

    @Transactional
    public DemandSummary update(CurrentUser user, long id, DemandDraft draft) {
        Demand demand = require(id);
        checks.requireEditor(user, demand.organizationId());
        InputCheck.requireVersion(draft.version());
        if (draft.version() != demand.version()) {
            throw new ConcurrentEditException("Demand", id);
        }
        DemandDraft kept = new DemandDraft(
                demand.organizationId(),
                draft.kind(),
                draft.title(),
                draft.description(),
                draft.profile(),
                draft.status(),
                draft.version());
        check(kept);
        return save(user, demand, kept, "update");
    }

    /**
     * Posts or changes, as the system, the demand that stands for a venture's need. Runs in the
     * caller's transaction, so that a need that cannot be a demand leaves it to go on.
     */
    DemandSummary forVentureNeed(long ventureId, long needId, boolean demo, DemandDraft draft) {
        check(draft);
        Optional<Demand> existing = demands.findByVentureNeedId(needId);
        Demand demand = existing.orElseGet(
                () -> Demand.forVentureNeed(draft.organizationId(), ventureId, needId, demo, Instant.now()));
        return save(CurrentUser.SYSTEM, demand, draft, existing.isPresent() ? "update" : "create");
    }

    /** Closes the demand that stood for a venture's need no longer sought, if it is open. */
    void closeForVentureNeed(long needId) {
        demands.findByVentureNeedId(needId).filter(Demand::open).ifPresent(demand -> {
            demand.close(Instant.now());
            demands.flush();
            accounts.audit(CurrentUser.SYSTEM, "close", "demand", demand.id(), null, Map.of("ventureNeedId", needId));
        });
    }

    /** Posts a demand for the demo data, as the system. */
    @Transactional
    public DemandSummary demo(DemandDraft draft) {
        check(draft);
        return save(CurrentUser.SYSTEM, new Demand(draft.organizationId(), null, true, Instant.now()), draft, "create");
    }

    private DemandSummary save(CurrentUser user, Demand demand, DemandDraft draft, String action) {
        DemandProfile p = draft.profile();
        demand.update(
                draft, checks.iscoGroups(p.occupations(), p.escoOccupations()), checks.escoVersion(), Instant.now());
        DemandSummary saved = demands.saveAndFlush(demand).summary();
        accounts.audit(user, action, "demand", saved.id(), null, Map.of("organizationId", saved.organizationId()));
        events.publishEvent(new PostingSaved(MatchSide.DEMAND, saved.id()));
        return saved;
    }

    private void check(DemandDraft d) {
        InputCheck check = checks.texts(
                d.organizationId(),
                "title",
                Map.of("title", nonNull(d.title()), "description", nonNull(d.description())));
        check.require("kind", d.kind());
        if (d.profile() == null) {
            check.reject("profile", "error.required").throwIfAny();
        }
        DemandProfile p = d.profile();
        checks.profile(
                check,
                p.iscedField(),
                p.minIscedLevel(),
                p.occupations(),
                p.escoOccupations(),
                p.skills().stream().map(SkillNeed::uri).toList(),
                p.countries(),
                java.util.stream.Stream.concat(p.workingLanguages().stream(), p.trainingLanguages().stream())
                        .toList(),
                p.headcount(),
                p.from(),
                p.to());
        check.throwIfAny();
    }

    /** A text not given, as an empty one. */
    static Map<String, String> nonNull(Map<String, String> text) {
        return text == null ? Map.of() : text;
    }

    /** The demand, to one who may change it (its organization's editors, admins). */
    @Transactional(readOnly = true)
    public DemandSummary toEdit(CurrentUser user, long id) {
        Demand demand = require(id);
        checks.requireEditor(user, demand.organizationId());
        return demand.summary();
    }

    /** Whether the user may post or change demands and offers for the organization. */
    public boolean mayPost(CurrentUser user, long organizationId) {
        return checks.canEdit(user, organizationId);
    }

    /** Those of the ids that exist, by id. */
    @Transactional(readOnly = true)
    public Map<Long, DemandSummary> byIds(Collection<Long> ids) {
        Map<Long, DemandSummary> found = new HashMap<>();
        demands.findAllById(ids).forEach(p -> found.put(p.id(), p.summary()));
        return found;
    }

    @Transactional(readOnly = true)
    public DemandSummary get(long id) {
        return require(id).summary();
    }

    Demand require(long id) {
        return demands.findById(id).orElseThrow(() -> new NotFoundException("Demand", id));
    }

    @Transactional(readOnly = true)
    public List<DemandSummary> open() {
        return demands.findByStatusOrderById(PostingStatus.OPEN).stream()
                .map(Demand::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<DemandSummary> ofOrganization(long organizationId) {
        return demands.findByOrganizationIdOrderById(organizationId).stream()
                .map(Demand::summary)
                .toList();
    }
}
