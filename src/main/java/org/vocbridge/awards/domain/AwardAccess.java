package org.vocbridge.awards.domain;

import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Who may do what with a call, read from the roles on every request so that a revoked role takes
 * effect at once: its alliance's secretariat (or an admin) runs it; a user holding the EXPERT role
 * for a juror's person is that juror; conflicts are waived or pinned by admins only.
 */
@Service
@RequiredArgsConstructor
public class AwardAccess {

    private final AccountsApi accounts;
    private final AwardCallRepository calls;
    private final JurorRepository jurors;

    AwardCall call(long id) {
        return calls.findById(id).orElseThrow(() -> new NotFoundException("Award call", id));
    }

    public boolean manages(CurrentUser user, long callId) {
        return manages(user, call(callId));
    }

    boolean manages(CurrentUser user, AwardCall call) {
        return user.admin()
                || (user.signedIn()
                        && call.allianceId() != null
                        && accounts.holds(user, Role.ALLIANCE_SECRETARIAT, call.allianceId()));
    }

    /** Whether the user may open a call for the alliance (null: a call of the platform). */
    boolean mayOpen(CurrentUser user, Long allianceId) {
        return user.admin() || (allianceId != null && accounts.holds(user, Role.ALLIANCE_SECRETARIAT, allianceId));
    }

    AwardCall requireManager(CurrentUser user, long callId) {
        user.requireSignedIn();
        AwardCall call = call(callId);
        if (!manages(user, call)) {
            throw new AccessDeniedException("Not the call's secretariat");
        }
        return call;
    }

    /** The juror of the call the user is, if any. */
    Optional<Juror> jurorOf(CurrentUser user, long callId) {
        if (!user.signedIn()) {
            return Optional.empty();
        }
        Set<Long> persons = accounts.scopes(user, Role.EXPERT);
        return jurors.findByCallIdOrderByIdAsc(callId).stream()
                .filter(j -> persons.contains(j.personId()))
                .findFirst();
    }

    /** Whether the user is a juror of the call. */
    public boolean isJuror(CurrentUser user, long callId) {
        return jurorOf(user, callId).isPresent();
    }

    Juror requireJuror(CurrentUser user, long callId) {
        user.requireSignedIn();
        call(callId);
        return jurorOf(user, callId).orElseThrow(() -> new AccessDeniedException("Not a juror of the call"));
    }

    /** Whether the user chairs the call's jury or runs the call: who sees every score and divergence. */
    boolean oversees(CurrentUser user, AwardCall call) {
        return manages(user, call) || jurorOf(user, call.id()).map(Juror::chair).orElse(false);
    }

    boolean editsOrganization(CurrentUser user, Long organizationId) {
        return organizationId != null
                && (user.admin() || accounts.holds(user, Role.ORGANIZATION_EDITOR, organizationId));
    }
}
