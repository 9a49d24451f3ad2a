package org.vocbridge.observatory.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DimensionRepository extends JpaRepository<Dimension, String> {

    List<Dimension> findAllByOrderByPosition();
}
