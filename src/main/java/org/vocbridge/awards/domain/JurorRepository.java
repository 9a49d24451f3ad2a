package org.vocbridge.awards.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface JurorRepository extends JpaRepository<Juror, Long> {

    List<Juror> findByCallIdOrderByIdAsc(long callId);

    Optional<Juror> findByCallIdAndPersonId(long callId, long personId);

    List<Juror> findByPersonIdIn(java.util.Collection<Long> personIds);
}
