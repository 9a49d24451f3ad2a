package org.vocbridge.observatory.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    Optional<Indicator> findByCode(String code);

    List<Indicator> findAllByOrderByCode();

    List<Indicator> findByCodeIn(java.util.Collection<String> codes);
}
