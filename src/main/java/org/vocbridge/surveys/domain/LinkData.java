package org.vocbridge.surveys.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the links are asked in plain SQL: a submission's way in, and how many responses each brought. */
@Component
@RequiredArgsConstructor
class LinkData {

    private final JdbcClient jdbc;

    /** The way a respondent came: the link's channel and maybe its country. */
    record Channel(String channel, String country) {}

    /** The channel of the survey's active link with this token. */
    Optional<Channel> channel(long surveyId, String token) {
        return jdbc.sql("select channel, country from surveys_link where token = ? and survey_id = ? and active")
                .params(token, surveyId)
                .query((rs, n) -> new Channel(rs.getString(1), rs.getString(2)))
                .optional();
    }

    /** How many responses came by each of the survey's links, by link id. */
    Map<Long, Long> responseCounts(long surveyId) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select l.id, count(r.id) from surveys_link l join surveys_response r on r.survey_id = l.survey_id"
                        + " and r.channel = l.channel where l.survey_id = ? group by l.id")
                .param(surveyId)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }
}
