package org.vocbridge.ventures.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.PersonLabel;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.ventures.FieldGroup;
import org.vocbridge.ventures.TeamMemberSummary;
import org.vocbridge.ventures.TeamPerson;

/**
 * A venture's team. A minor is shown to the public as a role only unless a parent or guardian
 * consented; the venture's keepers see everyone. Every change confirms the team.
 */
@Service
@RequiredArgsConstructor
public class VentureTeams {

    static final int MAX_MEMBERS = 50;

    private final TeamMemberRepository members;
    private final VentureAccess access;
    private final DirectoryApi directory;

    @Transactional(readOnly = true)
    public List<TeamMemberSummary> of(CurrentUser viewer, long ventureId) {
        Venture venture = access.require(ventureId);
        boolean keeper = access.canEdit(viewer, venture);
        List<TeamMember> found = members.findByVentureIdOrderByIdAsc(ventureId);
        Map<Long, PersonLabel> people = directory.personLabels(found.stream()
                .map(TeamMember::personId)
                .filter(Objects::nonNull)
                .toList());
        return found.stream()
                .map(m -> {
                    boolean withheld = !keeper && !m.shownToPublic();
                    return new TeamMemberSummary(
                            m.id(),
                            m.version(),
                            withheld || m.personId() == null ? null : people.get(m.personId()),
                            withheld ? null : m.name(),
                            m.role(),
                            m.minor(),
                            m.consent(),
                            withheld);
                })
                .toList();
    }

    /** The people of the directory in the ventures' teams, whoever may see them. */
    @Transactional(readOnly = true)
    public List<TeamPerson> people(java.util.Collection<Long> ventureIds) {
        if (ventureIds.isEmpty()) {
            return List.of();
        }
        return members.findByVentureIdInAndPersonIdNotNullOrderByIdAsc(ventureIds).stream()
                .map(m -> new TeamPerson(m.ventureId(), m.personId(), m.role()))
                .toList();
    }

    @Transactional
    public TeamMemberSummary add(CurrentUser user, long ventureId, TeamMemberDraft draft) {
        Venture venture = access.kept(user, ventureId);
        check(draft);
        if (members.findByVentureIdOrderByIdAsc(ventureId).size() >= MAX_MEMBERS) {
            new InputCheck()
                    .reject("personId", "error.venture.teamFull", MAX_MEMBERS)
                    .throwIfAny();
        }
        TeamMember member = new TeamMember(ventureId);
        member.apply(draft);
        members.save(member);
        venture.confirm(FieldGroup.TEAM_AND_STAGE);
        return one(user, ventureId, member.id());
    }

    @Transactional
    public TeamMemberSummary update(CurrentUser user, long ventureId, long memberId, TeamMemberDraft draft) {
        Venture venture = access.kept(user, ventureId);
        TeamMember member = require(ventureId, memberId);
        InputCheck.requireVersion(draft.version());
        check(draft);
        if (member.version() != draft.version()) {
            throw new ConcurrentEditException("Team member", memberId);
        }
        member.apply(draft);
        members.flush();
        venture.confirm(FieldGroup.TEAM_AND_STAGE);
        return one(user, ventureId, memberId);
    }

    @Transactional
    public void remove(CurrentUser user, long ventureId, long memberId) {
        Venture venture = access.kept(user, ventureId);
        members.delete(require(ventureId, memberId));
        venture.confirm(FieldGroup.TEAM_AND_STAGE);
    }

    private TeamMemberSummary one(CurrentUser user, long ventureId, long memberId) {
        return of(user, ventureId).stream()
                .filter(m -> m.id() == memberId)
                .findFirst()
                .orElseThrow();
    }

    private TeamMember require(long ventureId, long memberId) {
        return members.findById(memberId)
                .filter(m -> m.ventureId() == ventureId)
                .orElseThrow(() -> new NotFoundException("Team member", memberId));
    }

    private void check(TeamMemberDraft d) {
        InputCheck check = new InputCheck();
        if ((d.personId() == null) == (d.name() == null)) {
            check.reject("personId", "error.venture.personOrName");
        } else if (d.personId() != null
                && !directory.personLabels(List.of(d.personId())).containsKey(d.personId())) {
            check.reject("personId", "error.venture.person");
        }
        check.maxLength("name", d.name(), 200);
        check.require("role", d.role());
        if (d.consent() && !d.minor()) {
            check.reject("consent", "error.venture.consentOfMinors");
        }
        check.throwIfAny();
    }
}
