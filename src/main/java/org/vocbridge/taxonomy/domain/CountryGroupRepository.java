package org.vocbridge.taxonomy.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CountryGroupRepository extends JpaRepository<CountryGroup, String> {

    @Query("select distinct g from CountryGroup g left join fetch g.members order by g.code")
    List<CountryGroup> findAllWithMembers();
}
