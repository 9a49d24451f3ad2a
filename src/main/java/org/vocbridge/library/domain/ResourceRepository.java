package org.vocbridge.library.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.vocbridge.library.ResourceVisibility;

interface ResourceRepository extends JpaRepository<Resource, Long>, JpaSpecificationExecutor<Resource> {

    List<Resource> findByTranslationOfIn(java.util.Collection<Long> originalIds);

    /**
     * Up to {@code limit} published resources whose downloads moved since they were indexed, locked
     * until the transaction ends; those another node holds are skipped.
     */
    @Query(
            value = "select id from library_resource where status = 'PUBLISHED' and downloads <> downloads_indexed"
                    + " order by id fetch first :limit rows only for update skip locked",
            nativeQuery = true)
    List<Long> lockDownloadsNotIndexed(@Param("limit") int limit);

    /** Records the download count that the index now holds for a resource. */
    @Modifying
    @Query(value = "update library_resource set downloads_indexed = :downloads where id = :id", nativeQuery = true)
    void downloadsIndexed(@Param("id") long id, @Param("downloads") long downloads);

    /** Counts a download without touching the resource's version (an edit in progress is not disturbed). */
    @Modifying
    @Query("update Resource r set r.downloads = r.downloads + 1 where r.id = :id")
    void countDownload(@Param("id") long id);

    /** Published resources of an alliance with the given visibilities, counted by kind. Rows: kind, count. */
    @Query("select r.kind, count(r) from Resource r where r.allianceId = :alliance and r.visibility in :visibilities"
            + " and r.status = org.vocbridge.library.ResourceStatus.PUBLISHED group by r.kind")
    List<Object[]> countPublishedByKind(
            @Param("alliance") long allianceId,
            @Param("visibilities") java.util.Collection<ResourceVisibility> visibilities);
}
