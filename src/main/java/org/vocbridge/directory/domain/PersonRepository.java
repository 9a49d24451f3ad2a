package org.vocbridge.directory.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    @Query("select distinct p from Person p join p.appointments a where a.alliance.id = :allianceId")
    List<Person> findExpertsOf(long allianceId);

    @Query("select distinct p from Person p join p.affiliations o where o.id = :organizationId")
    List<Person> findByAffiliation(long organizationId);
}
