package org.vocbridge.ventures;

import java.util.Collection;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.ventures.domain.VentureNeeds;
import org.vocbridge.ventures.domain.VentureTeams;
import org.vocbridge.ventures.domain.Ventures;

/** What other modules may ask of the ventures database. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class VenturesApi {

    private final Ventures ventures;
    private final VentureNeeds needs;
    private final VentureTeams teams;

    /** The ventures of an organization: those that are it in the directory, and those its graduates founded. */
    public List<VentureSummary> ofOrganization(long organizationId) {
        return ventures.ofOrganization(organizationId);
    }

    /** The needs ventures still seek help with (open or being talked over), of one kind or all, newest first. */
    public ResultPage<NeedSummary> soughtNeeds(NeedKind kind, int page, int size) {
        return needs.sought(kind, page, size);
    }

    /** A need, whatever its status, if it still exists. */
    public java.util.Optional<NeedSummary> need(long needId) {
        return needs.find(needId);
    }

    /**
     * The people of the directory in the ventures' teams (founders, mentors, advisors…), whoever may
     * see them: for checks of who is close to whom (an award jury's conflicts of interest).
     */
    public List<TeamPerson> teamPeople(Collection<Long> ventureIds) {
        return teams.people(ventureIds);
    }

    /** The ventures with these ids that exist, in no particular order. */
    public List<VentureSummary> byIds(Collection<Long> ids) {
        return ventures.byIds(ids);
    }
}
