package org.vocbridge.cooperation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.cooperation.AgreementChanged;
import org.vocbridge.cooperation.AgreementStatus;
import org.vocbridge.cooperation.AgreementSummary;
import org.vocbridge.cooperation.domain.AgreementDraft.Signing;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * The life of an agreement: recorded as a draft by a party's editor or the alliance secretariat,
 * edited, and moved on from draft to completed (or terminated), each move checked and kept.
 */
@Service
@RequiredArgsConstructor
public class Agreements {

    private final AgreementRepository agreements;
    private final AgreementAccess access;
    private final AgreementChecks checks;
    private final AgreementSummaries summaries;
    private final AccountsApi accounts;
    private final TaxonomyApi taxonomy;
    private final ApplicationEventPublisher events;

    /** Records an agreement as a draft; the recorder must edit one of the parties (or run the alliance). */
    @Transactional
    public AgreementSummary create(CurrentUser actor, AgreementDraft draft) {
        return create(actor, draft, false);
    }

    /** Records an agreement, marked as demo data when {@code demo} (the demo loader only). */
    @Transactional
    AgreementSummary create(CurrentUser actor, AgreementDraft draft, boolean demo) {
        actor.requireSignedIn();
        Map<Long, OrganizationLabel> parties = checks.check(draft);
        Set<Long> editorOf = accounts.scopes(actor, Role.ORGANIZATION_EDITOR);
        boolean party = draft.parties().stream().anyMatch(p -> editorOf.contains(p.organizationId()));
        if (!actor.admin() && !party && !runsAlliance(actor, draft.allianceId())) {
            throw new AccessDeniedException("Only a party's editor or the alliance secretariat records an agreement");
        }
        Agreement agreement = new Agreement(actor.username());
        apply(actor, agreement, draft, parties, demo);
        agreement.recorded(LocalDate.now(), actor.username());
        agreements.save(agreement);
        return changed(actor, "create", agreement, null);
    }

    @Transactional
    public AgreementSummary update(CurrentUser actor, long id, AgreementDraft draft) {
        Agreement agreement = access.requireEditable(actor, id);
        InputCheck.requireVersion(draft.version());
        if (!agreement.isVersion(draft.version())) {
            throw new ConcurrentEditException("Agreement", id);
        }
        Map<Long, OrganizationLabel> parties = checks.check(draft);
        AgreementSummary before = summaries.of(agreement);
        // the alliance it leaves, if it moves, changes too
        events.publishEvent(new AgreementChanged(id, agreement.allianceId()));
        apply(actor, agreement, draft, parties, agreement.demo());
        agreements.flush();
        return changed(actor, "update", agreement, before);
    }

    /** Whether the user may let an agreement count for the alliance: its secretariat, or an admin. */
    private boolean runsAlliance(CurrentUser actor, Long allianceId) {
        return allianceId != null && accounts.holds(actor, Role.ALLIANCE_SECRETARIAT, allianceId);
    }

    /**
     * The alliance's secretariat decides on an agreement proposed to count for it: accepted, it
     * counts in the alliance's numbers (and the secretariat may edit it); declined, it no longer asks.
     */
    @Transactional
    public AgreementSummary decideAlliance(CurrentUser actor, long id, boolean accept) {
        actor.requireSignedIn();
        Agreement agreement = access.require(id);
        if (agreement.proposedAllianceId() == null) {
            new InputCheck().reject("allianceId", "error.agreement.noProposal").throwIfAny();
        }
        if (!runsAlliance(actor, agreement.proposedAllianceId())) {
            throw new AccessDeniedException("Only the alliance's secretariat decides");
        }
        AgreementSummary before = summaries.of(agreement);
        agreement.decideAlliance(accept);
        agreements.flush();
        return changed(actor, accept ? "accept-into-alliance" : "decline-alliance", agreement, before);
    }

    private void apply(
            CurrentUser actor,
            Agreement agreement,
            AgreementDraft draft,
            Map<Long, OrganizationLabel> found,
            boolean demo) {
        List<Party> parties = draft.parties().stream()
                .map(p -> new Party(
                        p.organizationId(),
                        p.role(),
                        found.get(p.organizationId()).country()))
                .toList();
        agreement.update(draft, parties, taxonomy.withEscoGroups(draft.codes()), demo);
        agreement.nameAlliance(draft.allianceId(), runsAlliance(actor, draft.allianceId()));
    }

    /** Moves the agreement on, if the move is allowed from its state and what it needs is filled in. */
    @Transactional
    public AgreementSummary transition(CurrentUser actor, long id, Transition move) {
        Agreement agreement = access.requireEditable(actor, id);
        if (move.version() != null && !agreement.isVersion(move.version())) {
            throw new ConcurrentEditException("Agreement", id);
        }
        AgreementStatus next = move.status();
        InputCheck check = new InputCheck().maxLength("note", move.note(), 2000);
        if (next == null || !agreement.status().canMoveTo(next)) {
            check.reject("status", "error.agreement.transition", agreement.status(), next)
                    .throwIfAny();
        }
        // signing details given with the move complete, never erase, those recorded before
        Signing signing = next == AgreementStatus.SIGNED ? signing(agreement, move.signing()) : null;
        LocalDate effective = move.effectiveOn() != null
                ? move.effectiveOn()
                : signing != null && signing.signedOn() != null ? signing.signedOn() : LocalDate.now();
        if (effective.isAfter(LocalDate.now())) {
            check.reject("effectiveOn", "error.date.future");
        }
        // moves happen in order; when the agreement was recorded does not bound them (it may be recorded late)
        agreement.history().stream()
                .filter(h -> h.from() != null)
                .map(StatusChange::effectiveOn)
                .reduce((first, second) -> second)
                .filter(effective::isBefore)
                .ifPresent(last -> check.reject("effectiveOn", "error.agreement.effectiveBefore", last));
        switch (next) {
            case SIGNED -> {
                if (signing.signedOn() == null) {
                    check.reject("signing.signedOn", "error.agreement.signedOnRequired");
                } else if (signing.signedOn().isAfter(LocalDate.now())) {
                    check.reject("signing.signedOn", "error.date.future");
                }
                if (signing.signatories() == null) {
                    check.reject("signing.signatories", "error.agreement.signatoriesRequired");
                }
                AgreementChecks.signing(check, signing);
            }
            case ACTIVE -> {
                if (agreement.startsOn() == null) {
                    check.reject("startsOn", "error.agreement.startRequired");
                }
            }
            case TERMINATED -> {
                if (move.note() == null || move.note().isBlank()) {
                    check.reject("note", "error.agreement.reasonRequired");
                }
            }
            default -> {}
        }
        check.throwIfAny();
        AgreementSummary before = summaries.of(agreement);
        if (signing != null) {
            agreement.sign(signing);
        }
        agreement.move(
                next,
                effective,
                actor.username(),
                move.note() == null || move.note().isBlank()
                        ? null
                        : move.note().strip());
        agreements.flush();
        return changed(actor, "transition", agreement, before);
    }

    /** The signing of a move to signed: what the move gives, else what the agreement has. */
    private static Signing signing(Agreement agreement, Signing given) {
        Signing move = given == null ? Signing.NONE : given;
        return new Signing(
                move.signedOn() != null ? move.signedOn() : agreement.signedOn(),
                move.place() == null || move.place().isEmpty()
                        ? agreement.signedPlace().values()
                        : move.place(),
                move.signatories() != null ? move.signatories() : agreement.signatories(),
                move.ceremony() == null || move.ceremony().isEmpty()
                        ? agreement.ceremony().values()
                        : move.ceremony());
    }

    private AgreementSummary changed(CurrentUser actor, String action, Agreement agreement, AgreementSummary before) {
        events.publishEvent(new AgreementChanged(agreement.id(), agreement.allianceId()));
        AgreementSummary after = summaries.of(agreement);
        accounts.audit(actor, action, "agreement", agreement.id(), before, after);
        return after;
    }
}
