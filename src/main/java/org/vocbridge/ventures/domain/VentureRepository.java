package org.vocbridge.ventures.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.vocbridge.ventures.NeedKind;
import org.vocbridge.ventures.NeedStatus;
import org.vocbridge.ventures.VentureKind;
import org.vocbridge.ventures.VentureStage;

interface VentureRepository extends JpaRepository<Venture, Long> {

    List<Venture> findByDemoTrue();

    /** The ventures that share a strong key (a null key matches nothing). */
    @Query("""
            select v.id from Venture v
            where v.websiteHost = :host or v.registrationKey = :registration or v.organizationId = :organization""")
    List<Long> sharingKeys(String host, String registration, Long organization);

    /**
     * The names whose keys may be near: the same first letters of the phonetic key, or a key the same;
     * each as its venture's id and the three keys. Read from the names alone, without their ventures.
     */
    @Query(nativeQuery = true, value = """
            select n.venture_id, n.latin_key, n.phonetic_key, n.look_alike_key
            from ventures_venture_name n
            where n.phonetic_block in :blocks or n.latin_key in :latin or n.look_alike_key in :lookAlike""")
    List<Object[]> namesNear(Collection<String> blocks, Collection<String> latin, Collection<String> lookAlike);

    /** What the public list of ventures is narrowed by (see {@link Ventures.Filter}). */
    String LISTED = """
            where (:anyCountry = true or v.country in :countries)
              and (:kind is null or v.kind = :kind)
              and (:stage is null or v.stage = :stage)
              and (:readinessLevel is null or v.readinessLevel = :readinessLevel)
              and (:sector is null or v.sector = :sector or substring(v.sector, 1, 1) = :sector)
              and (:sdg is null or :sdg member of v.sdgs)
              and (:college is null or v.collegeId = :college)
              and (:anyOrganization = true or v.collegeId in :organizations or v.organizationId in :organizations)
              and (:need is null or exists (select n.id from Need n
                    where n.ventureId = v.id and n.kind = :need and n.status in :sought))
              and (:verifiedOnly = false or exists (select o.id from Outcome o
                    where o.ventureId = v.id and o.verifiedAt is not null))
              and (:freshOnly = false or (v.profileConfirmedAt >= :profileSince and v.teamConfirmedAt >= :teamSince
                    and v.needsConfirmedAt >= :needsSince and v.figuresConfirmedAt >= :figuresSince))
            """;

    @Query("select v from Venture v " + LISTED + "order by v.updatedAt desc, v.id desc")
    Page<Venture> list(
            boolean anyCountry,
            Collection<String> countries,
            VentureKind kind,
            VentureStage stage,
            Integer readinessLevel,
            String sector,
            Integer sdg,
            Long college,
            boolean anyOrganization,
            Collection<Long> organizations,
            NeedKind need,
            Collection<NeedStatus> sought,
            boolean verifiedOnly,
            boolean freshOnly,
            Instant profileSince,
            Instant teamSince,
            Instant needsSince,
            Instant figuresSince,
            Pageable page);

    /** How many ventures the same filter finds in each country: rows of country and count. */
    @Query("select v.country, count(v) from Venture v " + LISTED + "group by v.country")
    List<Object[]> countByCountry(
            boolean anyCountry,
            Collection<String> countries,
            VentureKind kind,
            VentureStage stage,
            Integer readinessLevel,
            String sector,
            Integer sdg,
            Long college,
            boolean anyOrganization,
            Collection<Long> organizations,
            NeedKind need,
            Collection<NeedStatus> sought,
            boolean verifiedOnly,
            boolean freshOnly,
            Instant profileSince,
            Instant teamSince,
            Instant needsSince,
            Instant figuresSince);

    /** The ventures some group of whose fields was confirmed before its cutoff, the longest stale first. */
    @Query("""
            select v from Venture v
            where v.profileConfirmedAt < :profileSince or v.teamConfirmedAt < :teamSince
               or v.needsConfirmedAt < :needsSince or v.figuresConfirmedAt < :figuresSince
            order by v.updatedAt asc, v.id asc""")
    Page<Venture> stale(
            Instant profileSince, Instant teamSince, Instant needsSince, Instant figuresSince, Pageable page);

    /** Ventures registered by the user, or of the organizations the user edits. */
    @Query("""
            select v from Venture v
            where v.createdBy = :user or v.organizationId in :organizations or v.collegeId in :organizations
            order by v.id""")
    List<Venture> keptBy(Long user, Collection<Long> organizations);

    @Query("""
            select v from Venture v where v.organizationId = :organization or v.collegeId = :organization
            order by v.createdAt desc, v.id desc""")
    List<Venture> ofOrganization(long organization);
}
