package org.vocbridge.cooperation;

import java.util.Collection;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.vocbridge.cooperation.domain.AgreementAccess;
import org.vocbridge.cooperation.domain.AgreementQueries;
import org.vocbridge.shared.security.CurrentUser;

/** What other modules ask of cooperation: the agreements their records refer to by id. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CooperationApi {

    private final AgreementAccess access;
    private final AgreementQueries queries;

    /** The titles of the agreements among the ids that the reader may see. */
    public Map<Long, AgreementLabel> agreementLabels(Collection<Long> ids, CurrentUser reader) {
        return queries.labels(ids, reader);
    }

    /** The ids of the agreements titled so in any language; for one-off data loads (reads every agreement). */
    public Map<String, Long> agreementIdsByTitle(Collection<String> titles) {
        return queries.idsByTitle(titles);
    }

    /** Whether the agreement exists and the user may see it (signed and later: everyone; drafts: its editors). */
    public boolean agreementVisibleTo(long agreementId, CurrentUser user) {
        return access.canSee(user, agreementId);
    }
}
