package org.vocbridge.surveys.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LinkRepository extends JpaRepository<Link, Long> {

    Optional<Link> findByToken(String token);

    List<Link> findBySurveyIdOrderById(long surveyId);

    boolean existsBySurveyIdAndChannel(long surveyId, String channel);
}
