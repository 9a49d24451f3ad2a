package org.vocbridge.ventures.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeRepository extends JpaRepository<Outcome, Long> {

    List<Outcome> findByVentureIdOrderByAsOfDescIdDesc(long ventureId);
}
