package org.vocbridge.cooperation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.vocbridge.cooperation.domain.AgreementAccess;
import org.vocbridge.shared.security.CurrentUser;

/** What other modules ask of cooperation: the agreements their records refer to by id. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CooperationApi {

    private final AgreementAccess access;

    /** Whether the agreement exists and the user may see it (signed and later: everyone; drafts: its editors). */
    public boolean agreementVisibleTo(long agreementId, CurrentUser user) {
        return access.canSee(user, agreementId);
    }
}
