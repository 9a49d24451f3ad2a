package org.vocbridge.cooperation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.vocbridge.cooperation.AgreementStatus;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByAgreementIdOrderByYearDesc(long agreementId);

    Optional<ProgressReport> findByAgreementIdAndYear(long agreementId, int year);

    List<ProgressReport> findByAgreementIdIn(Collection<Long> agreementIds);

    /**
     * The reports of an alliance's public agreements summed by year. Rows: year, students,
     * graduates, teachers, courses, standards, study-tour participants, whether any figure is demo.
     */
    @Query("select r.year, sum(r.studentsEnrolled), sum(r.graduates), sum(r.teachersTrained),"
            + " sum(r.coursesDeveloped), sum(r.standardsDeveloped), sum(r.studyTourParticipants),"
            + " max(case when r.demo = true then 1 else 0 end)"
            + " from ProgressReport r, Agreement a where a.id = r.agreementId and a.allianceId = :alliance"
            + " and a.status in :statuses group by r.year order by r.year")
    List<Object[]> sumsByYear(@Param("alliance") long allianceId, @Param("statuses") List<AgreementStatus> statuses);

    /** The reports for one year of an alliance's public agreements. */
    @Query("select r from ProgressReport r, Agreement a where a.id = r.agreementId and a.allianceId = :alliance"
            + " and a.status in :statuses and r.year = :year order by r.agreementId")
    List<ProgressReport> forAllianceYear(
            @Param("alliance") long allianceId,
            @Param("statuses") List<AgreementStatus> statuses,
            @Param("year") int year);
}
