package org.vocbridge.awards.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConflictRepository extends JpaRepository<Conflict, Long> {

    List<Conflict> findByCallIdOrderByJurorIdAscEntryIdAscRuleAsc(long callId);

    List<Conflict> findByJurorIdAndEntryId(long jurorId, long entryId);
}
