package org.vocbridge.observatory.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.vocbridge.observatory.ReleaseStatus;

interface ReleaseRepository extends JpaRepository<Release, Long> {

    Optional<Release> findByOpenCountry(String country);

    List<Release> findByCountryOrderByIdDesc(String country);

    List<Release> findByStatusOrderBySubmittedAt(ReleaseStatus status);

    List<Release> findByStatusOrderByPublishedAtDesc(ReleaseStatus status, Limit limit);

    @Query("select coalesce(max(r.number), 0) from Release r where r.country = :country")
    int lastNumber(@Param("country") String country);
}
