package org.vocbridge.observatory.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EntryRepository extends JpaRepository<Entry, Long> {

    List<Entry> findByReleaseIdOrderByIndicatorIdAscYearAscBreakdownAsc(long releaseId);

    Optional<Entry> findByReleaseIdAndIndicatorIdAndYearAndBreakdown(
            long releaseId, long indicatorId, int year, String breakdown);

    long countByReleaseId(long releaseId);
}
