package org.vocbridge.matching.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, Long> {

    Optional<Contact> findByDemandIdAndOfferId(long demandId, long offerId);

    /** The contacts of the demands and offers of the organizations, newest first. */
    @Query("select c from Contact c where c.demandId in (select d.id from Demand d where d.organizationId in ?1)"
            + " or c.offerId in (select o.id from Offer o where o.organizationId in ?1) order by c.id desc")
    List<Contact> ofOrganizations(Collection<Long> organizationIds);

    List<Contact> findByDemandIdOrderById(long demandId);

    List<Contact> findByOfferIdOrderById(long offerId);
}
