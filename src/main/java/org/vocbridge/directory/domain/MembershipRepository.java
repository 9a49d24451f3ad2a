package org.vocbridge.directory.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.vocbridge.directory.MembershipStatus;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("select m from Membership m join fetch m.organization where m.alliance.id = :allianceId order by m.id")
    List<Membership> findByAlliance(long allianceId);

    @Query("select m from Membership m join fetch m.alliance where m.organization.id = :organizationId order by m.id")
    List<Membership> findByOrganization(long organizationId);

    @Query("select m from Membership m where m.alliance.id = :allianceId and m.organization.id = :organizationId "
            + "and m.status in :statuses")
    List<Membership> findInStatus(long allianceId, long organizationId, Set<MembershipStatus> statuses);

    @Query("select m.alliance.id, count(m) from Membership m where m.status in :statuses group by m.alliance.id")
    List<Object[]> countByAlliance(Set<MembershipStatus> statuses);

    /** How many organizations belong to each alliance now, by alliance id. */
    default java.util.Map<Long, Long> memberCounts() {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        Set<MembershipStatus> members =
                EnumSet.of(MembershipStatus.APPROVED, MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED);
        countByAlliance(members).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** The membership that is applied for or running, if any: an organization has one at a time. */
    default Optional<Membership> findOpen(long allianceId, long organizationId) {
        Set<MembershipStatus> open = EnumSet.of(
                MembershipStatus.APPLIED,
                MembershipStatus.APPROVED,
                MembershipStatus.ACTIVE,
                MembershipStatus.SUSPENDED);
        return findInStatus(allianceId, organizationId, open).stream().findFirst();
    }
}
