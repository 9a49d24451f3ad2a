package org.vocbridge.ventures.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.vocbridge.ventures.NeedKind;
import org.vocbridge.ventures.NeedStatus;

interface NeedRepository extends JpaRepository<Need, Long> {

    List<Need> findByVentureIdOrderByIdAsc(long ventureId);

    @Query("""
            select n from Need n where n.status in :statuses and (:kind is null or n.kind = :kind)
            order by n.updatedAt desc, n.id desc""")
    Page<Need> withStatus(Collection<NeedStatus> statuses, NeedKind kind, Pageable page);
}
