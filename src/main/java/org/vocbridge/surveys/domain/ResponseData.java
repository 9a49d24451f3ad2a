package org.vocbridge.surveys.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.vocbridge.shared.DatabaseConfig;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The response table in plain SQL. Stores a response in one statement and finds an earlier one by
 * its instance ID (what every submission does, so it costs no more than it must), and reads a
 * survey's responses row by row as the database gives them (a thousand at a time), so that results
 * and exports take constant memory however many there are. Call within a transaction (the
 * PostgreSQL driver streams only then). On PostgreSQL the answers wanted are picked out of the JSON
 * by the database; elsewhere here.
 */
@Component
class ResponseData {

    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final boolean postgres;

    ResponseData(DataSource dataSource, JsonMapper json) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
        this.json = json;
        this.postgres = DatabaseConfig.isPostgres(dataSource);
    }

    long count(long surveyId) {
        return jdbc.queryForObject("select count(*) from surveys_response where survey_id = ?", Long.class, surveyId);
    }

    /** Marks every response of the survey as made up, for the demo data. */
    void markDemo(String formId) {
        jdbc.update(
                "update surveys_response set demo = true"
                        + " where survey_id = (select id from surveys_survey where form_id = ?)",
                formId);
    }

    /** A stored response as a submission's receipt tells of it. */
    record Stored(long id, String answersHash, Instant submittedAt) {}

    Optional<Stored> find(long surveyId, String instanceId) {
        return jdbc
                .query(
                        "select id, answers_hash, submitted_at from surveys_response"
                                + " where survey_id = ? and instance_id = ?",
                        (rs, n) -> new Stored(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getTimestamp(3).toInstant()),
                        surveyId,
                        instanceId)
                .stream()
                .findFirst();
    }

    /**
     * Stores a response by the rules it was checked against, or nothing (then empty) when the survey
     * already has a response with this instance ID or has changed since those rules were read (its
     * version, or whether it has quotas): one statement either way, so that a new response costs no
     * lookup first and, outside a transaction, is committed when it returns.
     */
    Optional<Stored> insert(
            SubmissionRules rules,
            String instanceId,
            Map<String, String> answers,
            String answersHash,
            String language,
            String channel,
            String country,
            Integer age) {
        // as precise as the column keeps it, so that a replay's receipt tells the same time
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String sql = "insert into surveys_response (survey_id, instance_id, answers, answers_hash, language,"
                + " channel, country, age, submitted_at, demo) select id, ?, "
                + (postgres ? "cast(? as jsonb)" : "? format json")
                + ", ?, ?, ?, ?, ?, ?, false from surveys_survey where id = ? and version = ?"
                + " and (exists (select 1 from surveys_quota where survey_id = ?)) = ?"
                + (postgres ? " on conflict (survey_id, instance_id) do nothing" : "");
        var key = new GeneratedKeyHolder();
        try {
            jdbc.update(
                    connection -> {
                        var statement = connection.prepareStatement(sql, new String[] {"id"});
                        statement.setString(1, instanceId);
                        statement.setString(2, json.writeValueAsString(answers));
                        statement.setString(3, answersHash);
                        statement.setString(4, language);
                        statement.setString(5, channel);
                        statement.setString(6, country);
                        statement.setObject(7, age, Types.INTEGER);
                        statement.setObject(8, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                        statement.setLong(9, rules.surveyId());
                        statement.setLong(10, rules.version());
                        statement.setLong(11, rules.surveyId());
                        statement.setBoolean(12, rules.hasQuotas());
                        return statement;
                    },
                    key);
        } catch (DuplicateKeyException e) {
            return Optional.empty(); // H2, which has no "on conflict" (and keeps the transaction going)
        }
        return key.getKeyList().isEmpty()
                ? Optional.empty()
                : Optional.of(new Stored(key.getKey().longValue(), answersHash, now));
    }

    /** A whole response. */
    record Row(
            long id,
            String instanceId,
            Instant submittedAt,
            String language,
            String channel,
            String country,
            Integer age,
            boolean demo,
            Map<String, String> answers) {}

    /** Some answers of a response (in the order asked; null when not answered), with where it came from. */
    record Values(String[] answers, String language, String channel, String country) {

        String group(String by) {
            return switch (by) {
                case "country" -> country;
                case "language" -> language;
                case "channel" -> channel;
                default -> "";
            };
        }
    }

    void each(long surveyId, Consumer<Row> consumer) {
        jdbc.query(
                "select id, instance_id, submitted_at, language, channel, country, age, demo, answers"
                        + " from surveys_response where survey_id = ? order by id",
                rs -> {
                    consumer.accept(new Row(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getTimestamp(3).toInstant(),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            (Integer) rs.getObject(7),
                            rs.getBoolean(8),
                            answers(rs, 9)));
                },
                surveyId);
    }

    void eachValues(long surveyId, List<String> questions, Consumer<Values> consumer) {
        int n = questions.size();
        if (postgres) {
            StringBuilder sql = new StringBuilder("select language, channel, country");
            for (int i = 0; i < n; i++) {
                sql.append(", answers ->> ?");
            }
            sql.append(" from surveys_response where survey_id = ?");
            List<Object> args = new ArrayList<>(questions);
            args.add(surveyId);
            jdbc.query(
                    sql.toString(),
                    rs -> {
                        String[] values = new String[n];
                        for (int i = 0; i < n; i++) {
                            values[i] = rs.getString(4 + i);
                        }
                        consumer.accept(new Values(values, rs.getString(1), rs.getString(2), rs.getString(3)));
                    },
                    args.toArray());
        } else {
            jdbc.query(
                    "select language, channel, country, answers from surveys_response where survey_id = ?",
                    rs -> {
                        Map<String, String> answers = answers(rs, 4);
                        String[] values = new String[n];
                        for (int i = 0; i < n; i++) {
                            values[i] = answers.get(questions.get(i));
                        }
                        consumer.accept(new Values(values, rs.getString(1), rs.getString(2), rs.getString(3)));
                    },
                    surveyId);
        }
    }

    private Map<String, String> answers(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return json.readValue(text, ANSWERS);
    }
}
