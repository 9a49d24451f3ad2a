package org.vocbridge.ventures.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.vocbridge.ventures.VentureKind;
import org.vocbridge.ventures.VentureStage;

interface VentureRepository extends JpaRepository<Venture, Long> {

    /** The ventures that share a strong key (a null key matches nothing). */
    @Query("""
            select v.id from Venture v
            where v.websiteHost = :host or v.registrationKey = :registration or v.organizationId = :organization""")
    List<Long> sharingKeys(String host, String registration, Long organization);

    /** The names whose keys may be near: the same first letters of the phonetic key, or a key the same. */
    @Query("""
            select new org.vocbridge.ventures.domain.NameRow(v.id, n.latinKey, n.phoneticKey, n.lookAlikeKey)
            from Venture v join v.names n
            where n.phoneticBlock in :blocks or n.latinKey in :latin or n.lookAlikeKey in :lookAlike""")
    List<NameRow> namesNear(Collection<String> blocks, Collection<String> latin, Collection<String> lookAlike);

    @Query("""
            select v from Venture v
            where (:country is null or v.country = :country)
              and (:kind is null or v.kind = :kind)
              and (:stage is null or v.stage = :stage)
              and (:sector is null or v.sector = :sector)
              and (:sdg is null or :sdg member of v.sdgs)
              and (:college is null or v.collegeId = :college)
              and (:anyOrganization = true or v.collegeId in :organizations or v.organizationId in :organizations)
            order by v.updatedAt desc, v.id desc""")
    Page<Venture> list(
            String country,
            VentureKind kind,
            VentureStage stage,
            String sector,
            Integer sdg,
            Long college,
            boolean anyOrganization,
            Collection<Long> organizations,
            Pageable page);

    @Query("""
            select v from Venture v where v.organizationId = :organization or v.collegeId = :organization
            order by v.createdAt desc, v.id desc""")
    List<Venture> ofOrganization(long organization);
}
