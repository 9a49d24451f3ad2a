package org.vocbridge.surveys.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResponseRepository extends JpaRepository<Response, Long> {

    Optional<Response> findBySurveyIdAndInstanceId(long surveyId, String instanceId);

    long countBySurveyId(long surveyId);
}
