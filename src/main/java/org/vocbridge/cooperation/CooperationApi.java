package org.vocbridge.cooperation;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.vocbridge.cooperation.domain.AgreementAccess;
import org.vocbridge.cooperation.domain.AgreementFilter;
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

    /**
     * Every agreement, draft or signed, that one of the organizations is a party to, whoever may
     * see it: for checks of who is close to whom (an award jury's conflicts of interest), whose
     * evidence only the check's keepers read.
     */
    public List<AgreementLabel> agreementsWithAnyParty(Collection<Long> organizationIds) {
        return queries.withAnyParty(organizationIds);
    }

    /**
     * The agreements the reader may see of the alliance (if any) and those one of the organizations
     * is a party to: the {@code limit} newest signed of each, the newest first. The choices of a
     * record that links agreements (a signing ceremony, an exhibition booth).
     */
    public List<AgreementLabel> agreementsOf(
            Long allianceId, Collection<Long> organizationIds, CurrentUser reader, int limit) {
        Set<Long> ids = new LinkedHashSet<>();
        if (allianceId != null) {
            ids.addAll(newest(new AgreementFilter(null, allianceId, null, null, null, null, null), reader, limit));
        }
        organizationIds.forEach(
                o -> ids.addAll(newest(new AgreementFilter(o, null, null, null, null, null, null), reader, limit)));
        return queries.labels(ids, reader).values().stream()
                .sorted(Comparator.comparing(AgreementLabel::signedOn, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(AgreementLabel::id))
                .toList();
    }

    private List<Long> newest(AgreementFilter filter, CurrentUser reader, int limit) {
        return queries.list(filter, 0, limit, reader).items().stream()
                .map(a -> a.id())
                .toList();
    }
}
