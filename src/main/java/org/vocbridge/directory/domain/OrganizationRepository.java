package org.vocbridge.directory.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

    List<Organization> findByIdIn(java.util.Collection<Long> ids);
}
