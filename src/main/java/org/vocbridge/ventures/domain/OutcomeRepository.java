package org.vocbridge.ventures.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeRepository extends JpaRepository<Outcome, Long> {

    List<Outcome> findByVentureIdOrderByAsOfDescIdDesc(long ventureId);

    List<Outcome> findByVentureIdInAndKindIn(
            java.util.Collection<Long> ventureIds, java.util.Collection<org.vocbridge.ventures.OutcomeKind> kinds);
}
