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

    List<Resource> findDistinctByAuthorsIn(java.util.Collection<Long> personIds);

    /**
     * What a list shows of the given resources, one row per resource and country: id, kind, title,
     * summary, language, licence, visibility, status, alliance, downloads, demo, submitted, published,
     * country (null when it has none).
     */
    @Query("select r.id, r.kind, r.title, r.summary, r.contentLanguage, r.licence, r.visibility, r.status,"
            + " r.allianceId, r.downloads, r.demo, r.submittedAt, r.publishedAt, c from Resource r"
            + " left join r.countries c where r.id in :ids")
    List<Object[]> listed(@Param("ids") java.util.Collection<Long> ids);

    /** A page of the given resources' ids, in the page's order. */
    @Query("select r.id from Resource r where r.id in :ids")
    org.springframework.data.domain.Page<Long> ordered(
            @Param("ids") java.util.Collection<Long> ids, org.springframework.data.domain.Pageable page);

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
