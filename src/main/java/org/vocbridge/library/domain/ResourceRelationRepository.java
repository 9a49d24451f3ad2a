package org.vocbridge.library.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.vocbridge.library.RelationType;

interface ResourceRelationRepository extends JpaRepository<ResourceRelation, Long> {

    List<ResourceRelation> findByFromId(long fromId);

    List<ResourceRelation> findByToIdIn(Collection<Long> toIds);

    boolean existsByFromIdAndToIdAndType(long fromId, long toId, RelationType type);
}
