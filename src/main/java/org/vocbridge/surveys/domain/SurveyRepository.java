package org.vocbridge.surveys.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyRepository extends JpaRepository<Survey, Long> {

    Optional<Survey> findByFormId(String formId);

    List<Survey> findAllByOrderByCreatedAtDesc();

    /** What decides whether a survey's kept rules still hold: its version, and whether it has quotas. */
    interface RulesState {
        long getId();

        long getVersion();

        boolean getHasQuotas();
    }

    @Query(
            value = "select s.id as id, s.version as version,"
                    + " exists (select 1 from surveys_quota q where q.survey_id = s.id) as hasQuotas"
                    + " from surveys_survey s where s.form_id = :formId",
            nativeQuery = true)
    Optional<RulesState> state(String formId);
}
