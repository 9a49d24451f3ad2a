package org.vocbridge.taxonomy.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface EscoOccupationRepository extends JpaRepository<EscoOccupation, Long> {

    List<EscoOccupation> findByUriIn(Collection<String> uris);

    List<EscoOccupation> findByIscoGroupStartingWithOrderByUri(String iscoPrefix, Pageable page);

    long countByIscoGroupStartingWith(String iscoPrefix);
}
