package org.vocbridge.awards.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.vocbridge.awards.AwardPhase;

interface ScoreRepository extends JpaRepository<Score, Long> {

    List<Score> findByCallIdAndPhaseOrderByEntryIdAscJurorIdAsc(long callId, AwardPhase phase);

    List<Score> findByCallIdOrderByIdAsc(long callId);

    Optional<Score> findByPhaseAndEntryIdAndJurorId(AwardPhase phase, long entryId, long jurorId);
}
