package org.vocbridge.ventures.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.files.FileStorage;
import org.vocbridge.shared.files.UploadCheck;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.ventures.FieldGroup;
import org.vocbridge.ventures.OutcomeSummary;

/**
 * A venture's outcomes and what shows them. Its keepers write them and attach evidence; the
 * founders' college or an alliance it belongs to verifies them (who and when is kept, and written
 * to the audit log). Evidence files may hold private figures: only keepers and verifiers read them.
 */
@Service
@RequiredArgsConstructor
public class VentureOutcomes {

    static final int MAX_OUTCOMES = 100;
    static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;
    private static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

    private final OutcomeRepository outcomes;
    private final VentureAccess access;
    private final DirectoryApi directory;
    private final AccountsApi accounts;
    private final FileStorage files;

    /** A stored evidence file. */
    public record Evidence(byte[] content, String fileName, String mediaType) {}

    @Transactional(readOnly = true)
    public List<OutcomeSummary> of(long ventureId) {
        access.require(ventureId);
        return summaries(outcomes.findByVentureIdOrderByAsOfDescIdDesc(ventureId));
    }

    /** Whether the user may verify the venture's outcomes. */
    @Transactional(readOnly = true)
    public boolean verifies(CurrentUser user, long ventureId) {
        return access.voucher(user, access.require(ventureId)).isPresent();
    }

    @Transactional
    public OutcomeSummary add(CurrentUser user, long ventureId, OutcomeDraft draft) {
        Venture venture = access.kept(user, ventureId);
        check(draft);
        if (outcomes.findByVentureIdOrderByAsOfDescIdDesc(ventureId).size() >= MAX_OUTCOMES) {
            new InputCheck()
                    .reject("kind", "error.venture.outcomesFull", MAX_OUTCOMES)
                    .throwIfAny();
        }
        Outcome outcome = new Outcome(ventureId);
        outcome.apply(draft);
        outcomes.save(outcome);
        venture.confirm(FieldGroup.FIGURES);
        return summaries(List.of(outcome)).get(0);
    }

    @Transactional
    public OutcomeSummary update(CurrentUser user, long ventureId, long outcomeId, OutcomeDraft draft) {
        Venture venture = access.kept(user, ventureId);
        Outcome outcome = require(ventureId, outcomeId);
        InputCheck.requireVersion(draft.version());
        check(draft);
        if (outcome.version() != draft.version()) {
            throw new ConcurrentEditException("Outcome", outcomeId);
        }
        outcome.apply(draft);
        outcomes.flush();
        venture.confirm(FieldGroup.FIGURES);
        return summaries(List.of(outcome)).get(0);
    }

    @Transactional
    public void remove(CurrentUser user, long ventureId, long outcomeId) {
        Venture venture = access.kept(user, ventureId);
        outcomes.delete(require(ventureId, outcomeId));
        venture.confirm(FieldGroup.FIGURES);
    }

    /** Stores a PDF or an image that shows the outcome, checked by its content. */
    @Transactional
    public OutcomeSummary attachEvidence(
            CurrentUser user, long ventureId, long outcomeId, byte[] content, String declaredType, String fileName) {
        access.kept(user, ventureId);
        Outcome outcome = require(ventureId, outcomeId);
        String mediaType = UploadCheck.check(
                "file",
                content,
                declaredType,
                Set.of(UploadCheck.PDF, UploadCheck.PNG, UploadCheck.JPEG, UploadCheck.WEBP),
                MAX_EVIDENCE_BYTES);
        String name =
                fileName == null || fileName.isBlank() ? "evidence" : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        outcome.attachEvidence(files.store(content), name.length() > 200 ? name.substring(0, 200) : name, mediaType);
        outcomes.flush();
        return summaries(List.of(outcome)).get(0);
    }

    @Transactional(readOnly = true)
    public Evidence evidence(CurrentUser user, long ventureId, long outcomeId) {
        user.requireSignedIn();
        Venture venture = access.require(ventureId);
        Outcome outcome = require(ventureId, outcomeId);
        if (!access.canEdit(user, venture) && access.voucher(user, venture).isEmpty()) {
            throw new AccessDeniedException("Not allowed to read this evidence");
        }
        if (outcome.evidenceKey() == null) {
            throw new NotFoundException("Evidence", outcomeId);
        }
        return files.read(outcome.evidenceKey())
                .map(content -> new Evidence(content, outcome.evidenceName(), outcome.evidenceType()))
                .orElseThrow(() -> new NotFoundException("Evidence", outcomeId));
    }

    /** The founders' college or an alliance secretariat vouches for the outcome as it is now. */
    @Transactional
    public OutcomeSummary verify(CurrentUser user, long ventureId, long outcomeId) {
        user.requireSignedIn();
        Venture venture = access.require(ventureId);
        Outcome outcome = require(ventureId, outcomeId);
        VentureAccess.Voucher voucher = access.voucher(user, venture)
                .orElseThrow(() -> new AccessDeniedException("Not a verifier of this venture"));
        OutcomeSummary before = summaries(List.of(outcome)).get(0);
        outcome.verify(user.username(), voucher.organizationId(), voucher.allianceId());
        outcomes.flush();
        OutcomeSummary after = summaries(List.of(outcome)).get(0);
        accounts.audit(user, "verify", "venture-outcome", outcomeId, before, after);
        return after;
    }

    private Outcome require(long ventureId, long outcomeId) {
        return outcomes.findById(outcomeId)
                .filter(o -> o.ventureId() == ventureId)
                .orElseThrow(() -> new NotFoundException("Outcome", outcomeId));
    }

    private List<OutcomeSummary> summaries(List<Outcome> found) {
        Map<Long, OrganizationLabel> colleges = directory.organizationLabels(found.stream()
                .map(Outcome::verifierOrganizationId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return found.stream()
                .map(o -> new OutcomeSummary(
                        o.id(),
                        o.ventureId(),
                        o.version(),
                        o.kind(),
                        LocalizedText.of(o.title()),
                        o.quantity(),
                        o.amount(),
                        o.currency(),
                        o.undisclosed(),
                        o.asOf(),
                        o.reference(),
                        o.office(),
                        o.evidenceUrl(),
                        o.evidenceKey() != null,
                        o.verification(),
                        o.verifiedBy() == null ? null : accounts.displayName(o.verifiedBy()),
                        verifiedFor(o, colleges),
                        o.verifiedAt()))
                .toList();
    }

    private LocalizedText verifiedFor(Outcome o, Map<Long, OrganizationLabel> colleges) {
        if (o.verifierOrganizationId() != null && colleges.containsKey(o.verifierOrganizationId())) {
            return colleges.get(o.verifierOrganizationId()).name();
        }
        if (o.verifierAllianceId() != null && directory.allianceExists(o.verifierAllianceId())) {
            return directory.alliance(o.verifierAllianceId()).name();
        }
        return null;
    }

    private static void check(OutcomeDraft d) {
        InputCheck check = new InputCheck();
        check.require("kind", d.kind());
        check.localized("title", d.title(), 200);
        if (d.asOf() == null) {
            check.reject("asOf", "error.required");
        } else if (d.asOf().isAfter(LocalDate.now()) || d.asOf().isBefore(EARLIEST)) {
            check.reject("asOf", "error.venture.asOf", EARLIEST.getYear());
        }
        check.money("amount", d.amount(), "currency", d.currency());
        if (d.kind() != null) {
            if (d.kind().inMoney() && d.amount() == null && !d.undisclosed()) {
                check.reject("amount", "error.venture.amountOrUndisclosed");
            }
            if (!d.kind().inMoney() && (d.amount() != null || d.currency() != null || d.undisclosed())) {
                check.reject("amount", "error.venture.outcomeAmount");
            }
            if (d.undisclosed() && d.amount() != null) {
                check.reject("amount", "error.venture.undisclosedAmount");
            }
            if (d.kind().counted() && d.quantity() == null) {
                check.reject("quantity", "error.required");
            }
            if (!d.kind().counted() && d.quantity() != null) {
                check.reject("quantity", "error.venture.outcomeQuantity");
            }
            switch (d.kind()) {
                case AWARD -> check.requireText("title", d.title());
                case PATENT -> check.require("reference", d.reference());
                default -> {}
            }
        }
        if (d.quantity() != null && (d.quantity() < 0 || d.quantity() > 10_000_000)) {
            check.reject("quantity", "error.venture.quantity");
        }
        check.maxLength("reference", d.reference(), 100);
        check.maxLength("office", d.office(), 200);
        check.maxLength("evidenceUrl", d.evidenceUrl(), 500);
        if (d.evidenceUrl() != null && !d.evidenceUrl().matches("(?i)https?://[^\\s<>\"]+")) {
            check.reject("evidenceUrl", "error.website");
        }
        check.throwIfAny();
    }
}
