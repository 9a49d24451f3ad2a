package org.vocbridge.ventures.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamMemberRepository extends JpaRepository<TeamMember, Long> {

    List<TeamMember> findByVentureIdOrderByIdAsc(long ventureId);

    List<TeamMember> findByVentureIdInAndPersonIdNotNullOrderByIdAsc(java.util.Collection<Long> ventureIds);
}
