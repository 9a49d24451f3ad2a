package org.vocbridge.surveys;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.surveys.domain.Link;
import org.vocbridge.surveys.domain.LinkRepository;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * Takes responses. Each carries the instance ID its form created: sending the same ID with the same
 * answers again returns the first receipt and stores nothing; the same ID with other answers is a
 * conflict. A receipt is given only once the answers are committed.
 */
@Service
public class ResponseService {

    static final Pattern INSTANCE_ID = Pattern.compile("(uuid:)?[A-Za-z0-9_-]{8,59}");

    private final SurveyService surveys;
    private final ResponseData data;
    private final LinkRepository links;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final TaxonomyApi taxonomy;

    ResponseService(
            SurveyService surveys,
            ResponseData data,
            LinkRepository links,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            TaxonomyApi taxonomy) {
        this.surveys = surveys;
        this.data = data;
        this.links = links;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.taxonomy = taxonomy;
    }

    /**
     * What a respondent sends.
     *
     * @param instanceId the ID the form created for this response
     * @param link the token of the link the respondent came by (it gives the channel and maybe the
     *     country), or null for none (channel "api")
     * @param invitationCode the respondent's invitation code, needed when the survey is by
     *     invitation only; each code is good for one response
     * @param age the respondent's age, needed with consent when the survey has a consent page
     * @param consent whether the respondent agreed to the consent text
     * @param guardianConsent whether a minor's parent or guardian agreed
     */
    public record Submission(
            String instanceId,
            String language,
            String link,
            String invitationCode,
            Integer age,
            Boolean consent,
            Boolean guardianConsent,
            Map<String, String> answers) {}

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
        String invitation = submission.invitationCode() == null
                        || submission.invitationCode().isBlank()
                ? null
                : Codes.hash(submission.invitationCode());
        return submit(formId, submission, invitation);
    }

    /** Submits with the invitation code already hashed (as a draft keeps it). */
    Receipt submit(String formId, Submission submission, String invitationHash) {
        try {
            return transactions.execute(status -> submitOnce(formId, submission, invitationHash));
        } catch (DataIntegrityViolationException e) {
            // the same ID arrived twice at once: the other one was stored first, answer as for a replay
            return transactions.execute(status -> submitOnce(formId, submission, invitationHash));
        }
    }

    private Receipt submitOnce(String formId, Submission s, String invitationHash) {
        SurveyService.Rules survey = surveys.rules(formId);
        InputCheck check = new InputCheck();
        if (s.instanceId() == null || !INSTANCE_ID.matcher(s.instanceId()).matches()) {
            check.reject("instanceId", "error.survey.instanceId");
        }
        if (s.language() != null && !LocalizedText.isValidTag(s.language())) {
            check.reject("language", "error.languageTag", s.language());
        }
        if (!survey.isOpen(Instant.now())) {
            check.reject("survey", "error.survey.closed");
        }
        Link link = null;
        if (s.link() != null) {
            link = links.findByToken(s.link())
                    .filter(l -> l.active() && l.surveyId() == survey.surveyId())
                    .orElse(null);
            if (link == null) {
                check.reject("link", "error.survey.link");
            }
        }
        checkConsent(
                survey.consentPage(),
                survey.adultAge(),
                Boolean.TRUE.equals(s.consent()),
                s.age(),
                Boolean.TRUE.equals(s.guardianConsent()),
                check);
        if (survey.invitationOnly() && invitationHash == null) {
            check.reject("invitationCode", "error.survey.invitationRequired");
        }
        Map<String, String> answers = AnswerCheck.check(
                survey.questionnaire(),
                s.answers() == null ? Map.of() : s.answers(),
                LocalDate.now(),
                name -> true,
                check);
        check.throwIfAny();
        String hash = hash(answers);
        String country = link != null && link.country() != null ? link.country() : countryAnswer(survey, answers);
        var stored = data.insert(
                survey.surveyId(),
                s.instanceId(),
                answers,
                hash,
                s.language(),
                link == null ? "api" : link.channel(),
                country,
                survey.consentPage() ? s.age() : null);
        if (stored.isEmpty()) {
            ResponseData.Stored earlier = data.find(survey.surveyId(), s.instanceId())
                    .orElseThrow(() -> new IllegalStateException("Response " + s.instanceId() + " vanished"));
            if (!earlier.answersHash().equals(hash)) {
                throw new InstanceConflictException(s.instanceId());
            }
            return new Receipt(earlier.id(), s.instanceId(), earlier.submittedAt(), true);
        }
        ResponseData.Stored response = stored.get();
        // a full quota or a used invitation rolls the response back with the transaction
        if (country != null && survey.hasQuotas() && !takeQuota(survey.surveyId(), country)) {
            check.reject("country", "error.survey.quotaFull", country).throwIfAny();
        }
        if (invitationHash != null
                && jdbc.sql("update surveys_invitation set response_id = ? where survey_id = ? and code_hash = ?"
                                        + " and response_id is null")
                                .params(response.id(), survey.surveyId(), invitationHash)
                                .update()
                        == 0) {
            check.reject("invitationCode", "error.survey.invitationUsed").throwIfAny();
        }
        return new Receipt(response.id(), s.instanceId(), response.submittedAt(), false);
    }

    /** The consent page's rules: consent and an age, and for a minor the guardian's consent too. */
    static void checkConsent(
            boolean consentPage,
            int adultAge,
            boolean consent,
            Integer age,
            boolean guardianConsent,
            InputCheck check) {
        if (!consentPage) {
            return;
        }
        if (age == null || age < 1 || age > 120) {
            check.reject("age", "error.survey.age");
        }
        if (!consent) {
            check.reject("consent", "error.survey.consent");
        }
        if (age != null && age < adultAge && !guardianConsent) {
            check.reject("guardianConsent", "error.survey.guardianConsent", adultAge);
        }
    }

    /** Whether a response from the country may be taken: its quota (if it has one) is not used up, and now counts it. */
    private boolean takeQuota(long surveyId, String country) {
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

    private String countryAnswer(SurveyService.Rules survey, Map<String, String> answers) {
        String answer = survey.countryQuestion() == null ? null : answers.get(survey.countryQuestion());
        return answer != null && taxonomy.isCountry(answer) ? answer : null;
    }

    /** SHA-256 of the answers by question name: the same answers give the same hash in any order. */
    static String hash(Map<String, String> answers) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(answers)
                .forEach(
                        (k, v) -> canonical.append(k).append('\u0000').append(v).append('\u0001'));
        return Codes.sha256(canonical.toString());
    }
}
