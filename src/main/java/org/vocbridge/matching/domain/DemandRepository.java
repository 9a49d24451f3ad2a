package org.vocbridge.matching.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.vocbridge.matching.PostingStatus;

interface DemandRepository extends JpaRepository<Demand, Long> {

    List<Demand> findByStatusOrderById(PostingStatus status);

    List<Demand> findByStatusAndOrganizationIdInOrderById(
            PostingStatus status, java.util.Collection<Long> organizationIds);

    List<Demand> findByOrganizationIdOrderById(long organizationId);
}
