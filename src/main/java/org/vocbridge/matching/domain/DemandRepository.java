package org.vocbridge.matching.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.vocbridge.matching.PostingStatus;

interface DemandRepository extends JpaRepository<Demand, Long> {

    List<Demand> findByStatusOrderById(PostingStatus status);

    List<Demand> findByStatusAndOrganizationIdInOrderById(PostingStatus status, Collection<Long> organizationIds);

    List<Demand> findByOrganizationIdOrderById(long organizationId);

    Optional<Demand> findByVentureNeedId(long ventureNeedId);
}
