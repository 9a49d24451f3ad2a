package org.vocbridge.observatory.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ValueChangeRepository extends JpaRepository<ValueChange, Long> {

    List<ValueChange> findByIndicatorIdAndCountryOrderByIdDesc(long indicatorId, String country);

    List<ValueChange> findByReleaseIdOrderById(long releaseId);
}
