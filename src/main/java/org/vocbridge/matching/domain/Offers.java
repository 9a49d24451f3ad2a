package org.vocbridge.matching.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.matching.MatchSide;
import org.vocbridge.matching.OfferProfile;
import org.vocbridge.matching.OfferSummary;
import org.vocbridge.matching.PostingSaved;
import org.vocbridge.matching.PostingStatus;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/** Offers: posted and changed by their college's editors, read by everyone. */
@Service
@RequiredArgsConstructor
public class Offers {

    private final OfferRepository offers;
    private final PostingChecks checks;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;

    @Transactional
    public OfferSummary create(CurrentUser user, OfferDraft draft) {
        user.requireSignedIn();
        if (draft.organizationId() != null) {
            checks.requireEditor(user, draft.organizationId());
        }
        check(draft);
        Offer offer = new Offer(draft.organizationId(), user.id(), false, Instant.now());
        return save(user, offer, draft, "create");
    }

    @Transactional
    public OfferSummary update(CurrentUser user, long id, OfferDraft draft) {
        Offer offer = require(id);
        checks.requireEditor(user, offer.organizationId());
        InputCheck.requireVersion(draft.version());
        if (draft.version() != offer.version()) {
            throw new ConcurrentEditException("Offer", id);
        }
        OfferDraft kept = new OfferDraft(
                offer.organizationId(),
                draft.programme(),
                draft.description(),
                draft.trainingBases(),
                draft.profile(),
                draft.status(),
                draft.version());
        check(kept);
        return save(user, offer, kept, "update");
    }

    /** Posts an offer for the demo data, as the system. */
    @Transactional
    public OfferSummary demo(OfferDraft draft) {
        check(draft);
        return save(CurrentUser.SYSTEM, new Offer(draft.organizationId(), null, true, Instant.now()), draft, "create");
    }

    private OfferSummary save(CurrentUser user, Offer offer, OfferDraft draft, String action) {
        PostingChecks.Taught taught = checks.taught(draft.profile());
        offer.update(draft, taught.iscoGroups(), taught.skills(), checks.escoVersion(), Instant.now());
        OfferSummary saved = offers.saveAndFlush(offer).summary();
        accounts.audit(user, action, "offer", saved.id(), null, Map.of("organizationId", saved.organizationId()));
        events.publishEvent(new PostingSaved(MatchSide.OFFER, saved.id()));
        return saved;
    }

    private void check(OfferDraft d) {
        InputCheck check = checks.texts(
                d.organizationId(),
                "programme",
                Map.of(
                        "programme",
                        Demands.nonNull(d.programme()),
                        "description",
                        Demands.nonNull(d.description()),
                        "trainingBases",
                        Demands.nonNull(d.trainingBases())));
        if (d.profile() == null) {
            check.reject("profile", "error.required").throwIfAny();
        }
        OfferProfile p = d.profile();
        checks.profile(
                check,
                p.iscedField(),
                p.iscedLevel(),
                p.occupations(),
                p.escoOccupations(),
                p.skills(),
                p.countries(),
                p.languages(),
                p.capacity(),
                p.cohortStart(),
                p.cohortEnd());
        checks.resources(check, p.resources());
        check.throwIfAny();
    }

    /** The offer, to one who may change it (its organization's editors, admins). */
    @Transactional(readOnly = true)
    public OfferSummary toEdit(CurrentUser user, long id) {
        Offer offer = require(id);
        checks.requireEditor(user, offer.organizationId());
        return offer.summary();
    }

    /** Those of the ids that exist, by id. */
    @Transactional(readOnly = true)
    public Map<Long, OfferSummary> byIds(Collection<Long> ids) {
        Map<Long, OfferSummary> found = new HashMap<>();
        offers.findAllById(ids).forEach(p -> found.put(p.id(), p.summary()));
        return found;
    }

    @Transactional(readOnly = true)
    public OfferSummary get(long id) {
        return require(id).summary();
    }

    Offer require(long id) {
        return offers.findById(id).orElseThrow(() -> new NotFoundException("Offer", id));
    }

    @Transactional(readOnly = true)
    public List<OfferSummary> open() {
        return offers.findByStatusOrderById(PostingStatus.OPEN).stream()
                .map(Offer::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<OfferSummary> ofOrganization(long organizationId) {
        return offers.findByOrganizationIdOrderById(organizationId).stream()
                .map(Offer::summary)
                .toList();
    }
}
