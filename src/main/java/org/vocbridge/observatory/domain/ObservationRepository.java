package org.vocbridge.observatory.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ObservationRepository extends JpaRepository<Observation, Long> {

    /** The values of a country now published for the given indicators. */
    @Query("select o from Observation o where o.country = :country and o.indicatorId in :indicators"
            + " and o.replacedIn is null")
    List<Observation> findCurrent(@Param("country") String country, @Param("indicators") Collection<Long> indicatorIds);
}
