package org.vocbridge.matching.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.vocbridge.matching.PostingStatus;

interface OfferRepository extends JpaRepository<Offer, Long> {

    List<Offer> findByStatusOrderById(PostingStatus status);

    List<Offer> findByStatusAndOrganizationIdInOrderById(PostingStatus status, Collection<Long> organizationIds);

    /**
     * Changes whenever any offer does: an insert raises the highest id, a change raises the sum of
     * the versions, a removal lowers the count.
     */
    @Query(
            "select str(count(o)) || ':' || str(coalesce(sum(o.version), 0)) || ':' || str(coalesce(max(o.id), 0)) from Offer o")
    String stamp();

    List<Offer> findByOrganizationIdOrderById(long organizationId);
}
