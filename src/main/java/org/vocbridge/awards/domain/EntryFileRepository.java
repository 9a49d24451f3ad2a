package org.vocbridge.awards.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EntryFileRepository extends JpaRepository<EntryFile, Long> {

    List<EntryFile> findByEntryIdInOrderByIdAsc(Collection<Long> entryIds);

    long countByEntryId(long entryId);
}
