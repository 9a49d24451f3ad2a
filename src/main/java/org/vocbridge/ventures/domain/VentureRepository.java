package org.vocbridge.ventures.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

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

    /** What the public list of ventures is narrowed by: a {@link VentureListing} named q. */
    String LISTED = """
            where (:#{#q.anyCountry()} = true or v.country in :#{#q.countries()})
              and (:#{#q.kind()} is null or v.kind = :#{#q.kind()})
              and (:#{#q.stage()} is null or v.stage = :#{#q.stage()})
              and (:#{#q.readinessLevel()} is null or v.readinessLevel = :#{#q.readinessLevel()})
              and (:#{#q.sector()} is null or v.sector = :#{#q.sector()} or substring(v.sector, 1, 1) = :#{#q.sector()})
              and (:#{#q.sdg()} is null or :#{#q.sdg()} member of v.sdgs)
              and (:#{#q.college()} is null or v.collegeId = :#{#q.college()})
              and (:#{#q.anyOrganization()} = true or v.collegeId in :#{#q.organizations()} or v.organizationId in :#{#q.organizations()})
              and (:#{#q.need()} is null or exists (select n.id from Need n
                    where n.ventureId = v.id and n.kind = :#{#q.need()} and n.status in :#{#q.sought()}))
              and (:#{#q.verifiedOnly()} = false or exists (select o.id from Outcome o
                    where o.ventureId = v.id and o.verifiedAt is not null))
              and (:#{#q.freshOnly()} = false or (v.profileConfirmedAt >= :#{#q.profileSince()} and v.teamConfirmedAt >= :#{#q.teamSince()}
                    and v.needsConfirmedAt >= :#{#q.needsSince()} and v.figuresConfirmedAt >= :#{#q.figuresSince()}))
            """;

    @Query("select v from Venture v " + LISTED + "order by v.updatedAt desc, v.id desc")
    Page<Venture> list(VentureListing q, Pageable page);

    /** How many ventures the same listing finds in each country: rows of country and count. */
    @Query("select v.country, count(v) from Venture v " + LISTED + "group by v.country")
    List<Object[]> countByCountry(VentureListing q);

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
