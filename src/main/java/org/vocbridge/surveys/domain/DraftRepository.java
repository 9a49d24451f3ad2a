package org.vocbridge.surveys.domain;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DraftRepository extends JpaRepository<Draft, Long> {

    Optional<Draft> findByCodeHash(String codeHash);

    @Modifying
    @Query("delete from Draft d where d.updatedAt < ?1")
    int deleteIdleSince(Instant before);
}
