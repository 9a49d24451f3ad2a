package org.vocbridge.directory.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AllianceRepository extends JpaRepository<Alliance, Long> {}
