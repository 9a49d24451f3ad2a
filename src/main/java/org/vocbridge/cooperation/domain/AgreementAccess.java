package org.vocbridge.cooperation.domain;

import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Who may see and change an agreement. The parties' editors, the alliance secretariat and admins
 * change it; everyone sees it once signed, and nobody else sees a draft or a negotiation (it is
 * "not found" to them, so that its existence does not leak).
 */
@Service
@RequiredArgsConstructor
public class AgreementAccess {

    private final AgreementRepository agreements;
    private final AccountsApi accounts;
    private final DirectoryApi directory;

    @Transactional(readOnly = true)
    public boolean canEdit(CurrentUser user, long id) {
        return canEdit(user, require(id));
    }

    @Transactional(readOnly = true)
    public boolean canSee(CurrentUser user, long id) {
        return agreements.findById(id).filter(a -> canSee(user, a)).isPresent();
    }

    boolean canEdit(CurrentUser user, Agreement agreement) {
        if (!user.signedIn()) {
            return false;
        }
        if (user.admin()) {
            return true;
        }
        Set<Long> editorOf = accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        return agreement.parties().stream().anyMatch(p -> editorOf.contains(p.organizationId()))
                || (agreement.allianceId() != null
                        && accounts.holds(user, Role.ALLIANCE_SECRETARIAT, agreement.allianceId()));
    }

    /** Public once signed; before that its parties' editors, its alliance's secretariat and that of the alliance it is proposed to. */
    boolean canSee(CurrentUser user, Agreement agreement) {
        return agreement.status().isPublic()
                || canEdit(user, agreement)
                || (agreement.proposedAllianceId() != null
                        && accounts.holds(user, Role.ALLIANCE_SECRETARIAT, agreement.proposedAllianceId()));
    }

    /** Whether the user edits an organization that currently belongs to the agreement's alliance. */
    boolean isAllianceMember(CurrentUser user, Agreement agreement) {
        if (agreement.allianceId() == null || !user.signedIn()) {
            return false;
        }
        if (user.admin() || accounts.holds(user, Role.ALLIANCE_SECRETARIAT, agreement.allianceId())) {
            return true;
        }
        Set<Long> editorOf = accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        return !editorOf.isEmpty() && directory.currentAlliancesOf(editorOf).contains(agreement.allianceId());
    }

    /** The agreement, if the user may see it; a draft is "not found" to everyone else. */
    Agreement requireVisible(CurrentUser user, long id) {
        Agreement agreement = require(id);
        if (!canSee(user, agreement)) {
            throw new NotFoundException("Agreement", id);
        }
        return agreement;
    }

    Agreement requireEditable(CurrentUser user, long id) {
        user.requireSignedIn();
        Agreement agreement = requireVisible(user, id);
        if (!canEdit(user, agreement)) {
            throw new AccessDeniedException("Not a party's editor or the alliance secretariat");
        }
        return agreement;
    }

    Agreement require(long id) {
        return agreements.findById(id).orElseThrow(() -> new NotFoundException("Agreement", id));
    }
}
