package org.vocbridge.cooperation;

import org.springframework.stereotype.Service;
import org.vocbridge.cooperation.domain.AgreementAccess;
import org.vocbridge.shared.security.CurrentUser;

/** What other modules ask of cooperation: the agreements their records refer to by id. */
@Service
public class CooperationApi {

    private final AgreementAccess access;

    CooperationApi(AgreementAccess access) {
        this.access = access;
    }

    /** Whether the agreement exists and the user may see it (signed and later: everyone; drafts: its editors). */
    public boolean agreementVisibleTo(long agreementId, CurrentUser user) {
        return access.canSee(user, agreementId);
    }
}
