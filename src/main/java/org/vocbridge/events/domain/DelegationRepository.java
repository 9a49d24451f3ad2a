package org.vocbridge.events.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DelegationRepository extends JpaRepository<Delegation, Long> {

    List<Delegation> findByEventIdOrderById(long eventId);
}
