package org.vocbridge.taxonomy.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SkillRepository extends JpaRepository<Skill, Long> {

    List<Skill> findByUriIn(Collection<String> uris);

    long countByEscoVersionIsNotNull();

    long countByEscoVersionIsNull();
}
