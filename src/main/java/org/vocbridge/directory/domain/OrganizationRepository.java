package org.vocbridge.directory.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

    List<Organization> findByIdIn(java.util.Collection<Long> ids);

    /** Names and countries only. Rows: id, name (language tag to text), country. */
    @org.springframework.data.jpa.repository.Query(
            "select o.id, o.name, o.country from Organization o where o.id in :ids")
    List<Object[]> labels(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);
}
