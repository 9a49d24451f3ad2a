package org.vocbridge.directory.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface AllianceRepository extends JpaRepository<Alliance, Long> {}
