package org.vocbridge.surveys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.surveys.domain.Response;
import org.vocbridge.surveys.domain.ResponseRepository;
import org.vocbridge.surveys.domain.Survey;

/**
 * Takes responses. Each carries the instance ID its form created: sending the same ID with the same
 * answers again returns the first receipt and stores nothing; the same ID with other answers is a
 * conflict. A receipt is given only once the answers are committed.
 */
@Service
public class ResponseService {

    static final Pattern INSTANCE_ID = Pattern.compile("(uuid:)?[A-Za-z0-9_-]{8,59}");

    private final SurveyService surveys;
    private final ResponseRepository responses;
    private final TransactionTemplate transactions;

    ResponseService(SurveyService surveys, ResponseRepository responses, TransactionTemplate transactions) {
        this.surveys = surveys;
        this.responses = responses;
        this.transactions = transactions;
    }

    /**
     * What a respondent sends.
     *
     * @param instanceId the ID the form created for this response
     * @param channel where the respondent came from (a distribution link), or null
     */
    public record Submission(String instanceId, String language, String channel, Map<String, String> answers) {}

    /**
     * What a respondent gets back once the answers are stored.
     *
     * @param replay whether this ID had been received before (with the same answers)
     */
    public record Receipt(long responseId, String instanceId, Instant submittedAt, boolean replay) {}

    /** The same instance ID came with other answers. */
    public static class InstanceConflictException extends RuntimeException {

        public InstanceConflictException(String instanceId) {
            super("Instance " + instanceId + " was received with other answers");
        }
    }

    public Receipt submit(String formId, Submission submission) {
        try {
            return transactions.execute(status -> submitOnce(formId, submission));
        } catch (DataIntegrityViolationException e) {
            // the same ID arrived twice at once: the other one was stored first, answer as for a replay
            return transactions.execute(status -> submitOnce(formId, submission));
        }
    }

    private Receipt submitOnce(String formId, Submission s) {
        Survey survey = surveys.require(formId);
        Questionnaire questionnaire = surveys.questionnaire(survey);
        InputCheck check = new InputCheck();
        if (s.instanceId() == null || !INSTANCE_ID.matcher(s.instanceId()).matches()) {
            check.reject("instanceId", "error.survey.instanceId");
        }
        if (s.language() != null && !LocalizedText.isValidTag(s.language())) {
            check.reject("language", "error.languageTag", s.language());
        }
        check.maxLength("channel", s.channel(), 80);
        if (!survey.isOpen(Instant.now())) {
            check.reject("survey", "error.survey.closed");
        }
        Map<String, String> answers =
                AnswerCheck.check(questionnaire, s.answers() == null ? Map.of() : s.answers(), LocalDate.now(), check);
        check.throwIfAny();
        String hash = hash(answers);
        var earlier = responses.findBySurveyIdAndInstanceId(survey.id(), s.instanceId());
        if (earlier.isPresent()) {
            if (!earlier.get().answersHash().equals(hash)) {
                throw new InstanceConflictException(s.instanceId());
            }
            return new Receipt(earlier.get().id(), s.instanceId(), earlier.get().submittedAt(), true);
        }
        Response response = responses.saveAndFlush(
                new Response(survey.id(), s.instanceId(), answers, hash, s.language(), s.channel(), false));
        return new Receipt(response.id(), s.instanceId(), response.submittedAt(), false);
    }

    /** SHA-256 of the answers by question name: the same answers give the same hash in any order. */
    static String hash(Map<String, String> answers) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(answers)
                .forEach(
                        (k, v) -> canonical.append(k).append('\u0000').append(v).append('\u0001'));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
