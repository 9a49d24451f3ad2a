package org.vocbridge.library.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ResourceRepository extends JpaRepository<Resource, Long>, JpaSpecificationExecutor<Resource> {

    List<Resource> findByTranslationOfIn(java.util.Collection<Long> originalIds);

    /** Counts a download without touching the resource's version (an edit in progress is not disturbed). */
    @Modifying
    @Query("update Resource r set r.downloads = r.downloads + 1 where r.id = :id")
    void countDownload(@Param("id") long id);

    /** Published resources of an alliance with the given visibilities, counted by kind. Rows: kind, count. */
    @Query("select r.kind, count(r) from Resource r where r.allianceId = :alliance and r.visibility in :visibilities"
            + " and r.status = org.vocbridge.library.domain.ResourceStatus.PUBLISHED group by r.kind")
    List<Object[]> countPublishedByKind(
            @Param("alliance") long allianceId,
            @Param("visibilities") java.util.Collection<ResourceVisibility> visibilities);
}
