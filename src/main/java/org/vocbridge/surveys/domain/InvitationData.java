package org.vocbridge.surveys.domain;

import java.sql.Timestamp;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The invitation codes in plain SQL, kept only as their hashes; each is good for one response. */
@Component
@RequiredArgsConstructor
class InvitationData {

    private final JdbcClient jdbc;

    void add(long surveyId, String codeHash, Instant at) {
        jdbc.sql("insert into surveys_invitation (survey_id, code_hash, created_at) values (?, ?, ?)")
                .params(surveyId, codeHash, Timestamp.from(at))
                .update();
    }

    Distribution.InvitationCount count(long surveyId) {
        return jdbc.sql("select count(*), count(response_id) from surveys_invitation where survey_id = ?")
                .param(surveyId)
                .query((rs, n) -> new Distribution.InvitationCount(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    boolean unused(long surveyId, String codeHash) {
        return jdbc.sql("select count(*) from surveys_invitation where survey_id = ? and code_hash = ?"
                                + " and response_id is null")
                        .params(surveyId, codeHash)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Marks the code used by the response; false when it was used already (or never made). */
    boolean use(long surveyId, String codeHash, long responseId) {
        return jdbc.sql("update surveys_invitation set response_id = ? where survey_id = ? and code_hash = ?"
                                + " and response_id is null")
                        .params(responseId, surveyId, codeHash)
                        .update()
                > 0;
    }
}
