package org.vocbridge.library.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResourceVersionRepository extends JpaRepository<ResourceVersion, Long> {

    List<ResourceVersion> findByResourceIdOrderByNumberDesc(long resourceId);

    Optional<ResourceVersion> findByResourceIdAndNumber(long resourceId, int number);

    /** The newest version of each of the resources. */
    @Query("select v from ResourceVersion v where v.resourceId in :ids and v.number ="
            + " (select max(w.number) from ResourceVersion w where w.resourceId = v.resourceId)")
    List<ResourceVersion> findNewest(@Param("ids") java.util.Collection<Long> resourceIds);

    @Modifying
    @Query("update ResourceVersion v set v.downloads = v.downloads + 1 where v.id = :id")
    void countDownload(@Param("id") long id);
}
