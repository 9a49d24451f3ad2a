package org.vocbridge.matching.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.vocbridge.matching.PostingStatus;

interface OfferRepository extends JpaRepository<Offer, Long> {

    List<Offer> findByStatusOrderById(PostingStatus status);

    List<Offer> findByOrganizationIdOrderById(long organizationId);
}
