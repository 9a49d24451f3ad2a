package org.vocbridge.ventures.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Who keeps a venture: the person who registered it, the editors of its own organization and of
 * its college in the directory, and admins. Who vouches for its outcomes: the editors of its
 * college, the secretariat of an alliance its college or organization is a current member of, and
 * admins; never its registrant alone. Everyone reads it. The rights are read on every write, so a
 * right taken away counts at once.
 */
@Component
@RequiredArgsConstructor
class VentureAccess {

    private final AccountsApi accounts;
    private final DirectoryApi directory;
    private final VentureRepository ventures;

    /** Whom a verifier vouches as: the college, an alliance, or (both null) an admin of the platform. */
    record Voucher(Long organizationId, Long allianceId) {}

    boolean canEdit(CurrentUser user, Venture venture) {
        if (!user.signedIn()) {
            return false;
        }
        if (user.admin() || venture.isOwnedBy(user.id())) {
            return true;
        }
        Set<Long> edits = accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        return (venture.organizationId() != null && edits.contains(venture.organizationId()))
                || (venture.collegeId() != null && edits.contains(venture.collegeId()));
    }

    void requireKeeper(CurrentUser user, Venture venture) {
        user.requireSignedIn();
        if (!canEdit(user, venture)) {
            throw new AccessDeniedException("Not a keeper of the venture");
        }
    }

    /** The venture with the id, for one of its keepers to change; refused to anyone else. */
    Venture kept(CurrentUser user, long ventureId) {
        Venture venture = require(ventureId);
        requireKeeper(user, venture);
        return venture;
    }

    Venture require(long ventureId) {
        return ventures.findById(ventureId).orElseThrow(() -> new NotFoundException("Venture", ventureId));
    }

    /** Whom the user may vouch for the venture's outcomes as, if anyone. */
    Optional<Voucher> voucher(CurrentUser user, Venture venture) {
        if (!user.signedIn()) {
            return Optional.empty();
        }
        if (venture.collegeId() != null
                && accounts.scopes(user, Role.ORGANIZATION_EDITOR).contains(venture.collegeId())) {
            return Optional.of(new Voucher(venture.collegeId(), null));
        }
        Set<Long> runs = accounts.scopes(user, Role.ALLIANCE_SECRETARIAT);
        List<Long> members = Stream.of(venture.collegeId(), venture.organizationId())
                .filter(java.util.Objects::nonNull)
                .toList();
        if (!runs.isEmpty() && !members.isEmpty()) {
            Set<Long> alliances = new HashSet<>(directory.currentAlliancesOf(members));
            alliances.retainAll(runs);
            Optional<Long> alliance = alliances.stream().sorted().findFirst();
            if (alliance.isPresent()) {
                return Optional.of(new Voucher(null, alliance.get()));
            }
        }
        return user.admin() ? Optional.of(new Voucher(null, null)) : Optional.empty();
    }
}
