package org.vocbridge.awards.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.vocbridge.awards.AwardCategory;

interface AwardEntryRepository extends JpaRepository<AwardEntry, Long> {

    List<AwardEntry> findByCallIdOrderByIdAsc(long callId);

    List<AwardEntry> findByCallIdAndPublishedTrueOrderByPlaceAscIdAsc(long callId);

    Optional<AwardEntry> findByCallIdAndCategoryAndSubjectId(long callId, AwardCategory category, long subjectId);

    Optional<AwardEntry> findByCertificateCode(String code);

    List<AwardEntry> findByEnteredByOrderByIdDesc(long userId);

    /** The entry, its row locked until the transaction ends: files are added to one entry at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from AwardEntry e where e.id = :id")
    Optional<AwardEntry> findForUpdate(long id);
}
