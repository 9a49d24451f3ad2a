package org.vocbridge.cooperation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.vocbridge.cooperation.AgreementStatus;

interface AgreementRepository extends JpaRepository<Agreement, Long>, JpaSpecificationExecutor<Agreement> {

    /** Agreements of an alliance counted by status. Rows: status, count. */
    @Query("select distinct a.id from Agreement a join a.parties p where p.organizationId in :organizations")
    List<Long> idsWithPartyIn(java.util.Collection<Long> organizations);

    @Query("select a.status, count(a) from Agreement a where a.allianceId = :alliance group by a.status")
    List<Object[]> countByStatus(@Param("alliance") long allianceId);

    /** Public agreements of an alliance counted by cooperation type. Rows: type, count. */
    @Query("select t, count(a) from Agreement a join a.types t where a.allianceId = :alliance"
            + " and a.status in :statuses group by t")
    List<Object[]> countByType(@Param("alliance") long allianceId, @Param("statuses") List<AgreementStatus> statuses);

    /** Public agreements of an alliance counted by year of signing. Rows: year, count. */
    @Query("select extract(year from a.signedOn), count(a) from Agreement a where a.allianceId = :alliance"
            + " and a.status in :statuses and a.signedOn is not null group by extract(year from a.signedOn)")
    List<Object[]> countBySigningYear(
            @Param("alliance") long allianceId, @Param("statuses") List<AgreementStatus> statuses);

    /** Public agreements of an alliance counted by the parties' countries. Rows: country, count. */
    @Query("select p.country, count(distinct a.id) from Agreement a join a.parties p where a.allianceId = :alliance"
            + " and a.status in :statuses group by p.country")
    List<Object[]> countByCountry(
            @Param("alliance") long allianceId, @Param("statuses") List<AgreementStatus> statuses);
}
