package org.vocbridge.cooperation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.vocbridge.cooperation.AgreementStatus;

interface AgreementOutputRepository extends JpaRepository<AgreementOutput, Long> {

    List<AgreementOutput> findByAgreementIdOrderById(long agreementId);

    Optional<AgreementOutput> findByAgreementIdAndRecordTypeAndRecordId(
            long agreementId, String recordType, long recordId);

    /** Outputs of an alliance's public agreements counted by kind. Rows: kind, count. */
    @Query("select o.kind, count(o) from AgreementOutput o, Agreement a where a.id = o.agreementId"
            + " and a.allianceId = :alliance and a.status in :statuses group by o.kind")
    List<Object[]> countByKind(@Param("alliance") long allianceId, @Param("statuses") List<AgreementStatus> statuses);

    /** The outputs of one year of an alliance's public agreements. */
    @Query("select o from AgreementOutput o, Agreement a where a.id = o.agreementId and a.allianceId = :alliance"
            + " and a.status in :statuses and o.year = :year order by o.kind, o.id")
    List<AgreementOutput> forAllianceYear(
            @Param("alliance") long allianceId,
            @Param("statuses") List<AgreementStatus> statuses,
            @Param("year") int year);
}
