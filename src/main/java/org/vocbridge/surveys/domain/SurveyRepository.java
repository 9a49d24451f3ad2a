package org.vocbridge.surveys.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyRepository extends JpaRepository<Survey, Long> {

    Optional<Survey> findByFormId(String formId);

    List<Survey> findAllByOrderByCreatedAtDesc();
}
