package org.vocbridge.awards.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.awards.AwardPhase;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.PersonLabel;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/** A call's jury: experts of the directory added by the secretariat, one of them chairing. */
@Service
@RequiredArgsConstructor
public class Juries {

    static final int MAX_JURORS = 1000;

    private final JurorRepository jurors;
    private final ScoreRepository scores;
    private final AwardAccess access;
    private final AccountsApi accounts;
    private final DirectoryApi directory;
    private final Conflicts conflicts;

    /** A juror as the secretariat and the chair see them. */
    public record JurorSummary(long id, long personId, PersonLabel person, boolean chair, long conflicts) {}

    /** Adds an expert to the jury; the conflicts of interest the records show are found at once. */
    @Transactional
    public JurorSummary add(CurrentUser user, long callId, Long personId, boolean chair) {
        AwardCall call = access.requireManager(user, callId);
        InputCheck check = new InputCheck();
        if (personId == null) {
            check.reject("personId", "error.required").throwIfAny();
        }
        if (call.phase() == AwardPhase.RESULTS) {
            check.reject("personId", "error.award.phase", call.phase());
        } else if (directory.experts(List.of(personId)).isEmpty()) {
            check.reject("personId", "error.award.notExpert");
        } else if (jurors.findByCallIdAndPersonId(callId, personId).isPresent()) {
            check.reject("personId", "error.award.alreadyJuror");
        } else if (jurors.findByCallIdOrderByIdAsc(callId).size() >= MAX_JURORS) {
            check.reject("personId", "error.tooMany", MAX_JURORS);
        }
        check.throwIfAny();
        if (chair) {
            jurors.findByCallIdOrderByIdAsc(callId).forEach(j -> j.chair(false));
        }
        Juror juror = jurors.saveAndFlush(new Juror(callId, personId, chair, Instant.now()));
        conflicts.refresh(call, List.of(juror));
        accounts.audit(user, "create", "award-juror", juror.id(), null, Map.of("callId", callId, "personId", personId));
        return list(call).stream().filter(j -> j.id() == juror.id()).findFirst().orElseThrow();
    }

    /** Takes a juror off the jury, before they have scored anything. */
    @Transactional
    public void remove(CurrentUser user, long callId, long jurorId) {
        AwardCall call = access.requireManager(user, callId);
        Juror juror = require(call, jurorId);
        if (scores.findByCallIdOrderByIdAsc(callId).stream().anyMatch(s -> s.jurorId() == jurorId)) {
            new InputCheck().reject("jurorId", "error.award.jurorScored").throwIfAny();
        }
        jurors.delete(juror);
        jurors.flush();
        accounts.audit(
                user, "delete", "award-juror", jurorId, Map.of("callId", callId, "personId", juror.personId()), null);
    }

    /** Makes the juror the jury's chair (the chair sees every score and the divergences). */
    @Transactional
    public JurorSummary chair(CurrentUser user, long callId, long jurorId) {
        AwardCall call = access.requireManager(user, callId);
        Juror chosen = require(call, jurorId);
        jurors.findByCallIdOrderByIdAsc(callId).forEach(j -> j.chair(j.id().equals(chosen.id())));
        jurors.flush();
        accounts.audit(user, "chair", "award-juror", jurorId, null, Map.of("callId", callId));
        return list(call).stream().filter(j -> j.id() == jurorId).findFirst().orElseThrow();
    }

    /** The jury, to its secretariat and chair. */
    @Transactional(readOnly = true)
    public List<JurorSummary> of(CurrentUser user, long callId) {
        AwardCall call = access.call(callId);
        if (!access.oversees(user, call)) {
            throw new org.springframework.security.access.AccessDeniedException("Not the call's secretariat or chair");
        }
        return list(call);
    }

    List<JurorSummary> list(AwardCall call) {
        List<Juror> all = jurors.findByCallIdOrderByIdAsc(call.id());
        Map<Long, PersonLabel> people =
                directory.personLabels(all.stream().map(Juror::personId).toList());
        Map<Long, Long> blocking = conflicts.blockingCounts(call.id());
        return all.stream()
                .map(j -> new JurorSummary(
                        j.id(), j.personId(), people.get(j.personId()), j.chair(), blocking.getOrDefault(j.id(), 0L)))
                .toList();
    }

    Juror require(AwardCall call, long jurorId) {
        return jurors.findById(jurorId)
                .filter(j -> j.callId() == call.id())
                .orElseThrow(() -> new NotFoundException("Juror", jurorId));
    }
}
