package org.vocbridge.events.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoothRepository extends JpaRepository<Booth, Long> {

    List<Booth> findByEventIdOrderById(long eventId);

    boolean existsByEventIdAndOrganizationId(long eventId, long organizationId);

    long countByEventId(long eventId);

    @org.springframework.data.jpa.repository.Query("select b from Booth b where :venture member of b.ventures")
    List<Booth> showingVenture(long venture);
}
