package org.vocbridge.observatory.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EntryRepository extends JpaRepository<Entry, Long> {

    List<Entry> findByReleaseIdOrderByIndicatorIdAscYearAscBreakdownAsc(long releaseId);

    long countByReleaseId(long releaseId);
}
