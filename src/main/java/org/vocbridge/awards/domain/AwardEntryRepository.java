package org.vocbridge.awards.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.vocbridge.awards.AwardCategory;

interface AwardEntryRepository extends JpaRepository<AwardEntry, Long> {

    List<AwardEntry> findByCallIdOrderByIdAsc(long callId);

    List<AwardEntry> findByCallIdAndPublishedTrueOrderByPlaceAscIdAsc(long callId);

    Optional<AwardEntry> findByCallIdAndCategoryAndSubjectId(long callId, AwardCategory category, long subjectId);

    Optional<AwardEntry> findByCertificateCode(String code);

    List<AwardEntry> findByEnteredByOrderByIdDesc(long userId);
}
