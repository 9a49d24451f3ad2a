package org.vocbridge.awards.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AwardCallRepository extends JpaRepository<AwardCall, Long> {

    List<AwardCall> findAllByOrderByClosesOnDescIdDesc();

    List<AwardCall> findByPhaseIn(java.util.Collection<org.vocbridge.awards.AwardPhase> phases);
}
