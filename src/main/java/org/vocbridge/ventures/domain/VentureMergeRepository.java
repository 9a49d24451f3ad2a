package org.vocbridge.ventures.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface VentureMergeRepository extends JpaRepository<VentureMerge, Long> {

    /** Addresses that led to a venture now merged lead on to the one it was merged into. */
    @Modifying
    @Query("update VentureMerge m set m.intoId = :into where m.intoId = :merged")
    int forward(long merged, long into);

    /** The venture's team, needs and outcomes move to the one it is merged into. */
    @Modifying
    @Query("update TeamMember t set t.ventureId = :into where t.ventureId = :merged")
    int moveTeam(long merged, long into);

    @Modifying
    @Query("update Need n set n.ventureId = :into where n.ventureId = :merged")
    int moveNeeds(long merged, long into);

    @Modifying
    @Query("update Outcome o set o.ventureId = :into where o.ventureId = :merged")
    int moveOutcomes(long merged, long into);

    @Modifying
    @Query("update Venture v set v.parentId = :into where v.parentId = :merged")
    int moveInnovations(long merged, long into);
}
