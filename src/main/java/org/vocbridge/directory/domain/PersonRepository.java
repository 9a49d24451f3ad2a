package org.vocbridge.directory.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    /** Rows: id, name, position. */
    @Query("select p.id, p.name, p.position from Person p where p.id in :ids")
    List<Object[]> labels(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);

    @Query("select distinct p from Person p join p.appointments a where a.alliance.id = :allianceId")
    List<Person> findExpertsOf(long allianceId);

    @Query("select distinct p from Person p join p.affiliations o where o.id = :organizationId")
    List<Person> findByAffiliation(long organizationId);
}
