package org.vocbridge.surveys.domain;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The quotas per country in plain SQL: the most responses a country may give, and how many it has. */
@Component
@RequiredArgsConstructor
class QuotaData {

    private final JdbcClient jdbc;

    List<Distribution.Quota> of(long surveyId) {
        return jdbc.sql("select country, max_responses, taken from surveys_quota where survey_id = ? order by country")
                .param(surveyId)
                .query((rs, n) -> new Distribution.Quota(
                        rs.getString(1), rs.getInt(3) >= rs.getInt(2), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    /**
     * Whether a response from the country may be taken: its quota (if it has one) is not used up, and
     * now counts it. Call in the response's transaction, so that a refusal rolls the response back.
     */
    boolean take(long surveyId, String country) {
        boolean hasQuota = jdbc.sql("select count(*) from surveys_quota where survey_id = ? and country = ?")
                        .params(surveyId, country)
                        .query(Long.class)
                        .single()
                > 0;
        return !hasQuota
                || jdbc.sql("update surveys_quota set taken = taken + 1 where survey_id = ? and country = ?"
                                        + " and taken < max_responses")
                                .params(surveyId, country)
                                .update()
                        > 0;
    }

    /** Sets a country's quota; one set afresh counts the responses the country has given already. */
    void set(long surveyId, String country, int maxResponses) {
        int updated = jdbc.sql("update surveys_quota set max_responses = ? where survey_id = ? and country = ?")
                .params(maxResponses, surveyId, country)
                .update();
        if (updated == 0) {
            long taken = jdbc.sql("select count(*) from surveys_response where survey_id = ? and country = ?")
                    .params(surveyId, country)
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into surveys_quota (survey_id, country, max_responses, taken) values (?, ?, ?, ?)")
                    .params(surveyId, country, maxResponses, taken)
                    .update();
        }
    }

    void remove(long surveyId, String country) {
        jdbc.sql("delete from surveys_quota where survey_id = ? and country = ?")
                .params(surveyId, country)
                .update();
    }
}
