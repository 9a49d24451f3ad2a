package org.vocbridge.surveys.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * Takes responses. Each carries the instance ID its form created: sending the same ID with the same
 * answers again returns the first receipt and stores nothing; the same ID with other answers is a
 * conflict. A receipt is given only once the answers are committed.
 */
@Service
@RequiredArgsConstructor
public class Responses {

    static final Pattern INSTANCE_ID = Pattern.compile("(uuid:)?[A-Za-z0-9_-]{8,59}");

    private final KeptRules rules;
    private final ResponseData data;
    private final LinkData links;
    private final QuotaData quotas;
    private final InvitationData invitations;
    private final TransactionTemplate transactions;
    private final TaxonomyApi taxonomy;

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
        String code = submission.invitationCode();
        return submitInvited(formId, submission, code == null || code.isBlank() ? null : AccessCodes.hash(code));
    }

    /** Submits with the invitation code already hashed (as a draft keeps it), or with none. */
    Receipt submitInvited(String formId, Submission submission, String invitationHash) {
        SubmissionRules checkedBy = rules.kept(formId);
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                Optional<Receipt> receipt = checkAndStore(checkedBy, submission, invitationHash);
                if (receipt.isPresent()) {
                    return receipt.get();
                }
            } catch (InvalidInputException refused) {
                if (rules.now(formId) == checkedBy) {
                    throw refused; // by the survey's rules as they are
                }
            }
            // the survey has changed since its rules were read: check the submission against its rules now
            checkedBy = rules.now(formId);
        }
        throw new IllegalStateException("Survey " + formId + " changed under each of three attempts");
    }

    /** Checks the submission against the rules and stores it; empty when the survey has changed since they were read. */
    private Optional<Receipt> checkAndStore(SubmissionRules survey, Submission s, String invitationHash) {
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
        LinkData.Channel channel = new LinkData.Channel("api", null);
        if (s.link() != null) {
            channel = links.channel(survey.surveyId(), s.link()).orElse(null);
            if (channel == null) {
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
        String country = channel.country() != null ? channel.country() : countryAnswer(survey, answers);
        Response response = new Response(survey, s, answers, hash(answers), channel.channel(), country);
        if (!survey.hasQuotas() && invitationHash == null) {
            return store(response); // one statement, committed when it returns
        }
        try {
            return transactions.execute(status -> storeCounted(response, invitationHash));
        } catch (DataIntegrityViolationException e) {
            // the same ID arrived twice at once: the other one was stored first, answer as for a replay
            return transactions.execute(status -> storeCounted(response, invitationHash));
        }
    }

    /** A checked submission, ready to be stored. */
    private record Response(
            SubmissionRules survey,
            Submission submission,
            Map<String, String> answers,
            String hash,
            String channel,
            String country) {}

    /**
     * Stores the response; or, when its instance ID was received before, the earlier receipt if the
     * answers were the same (a conflict if not); empty when the survey has changed since its rules
     * were read.
     */
    private Optional<Receipt> store(Response r) {
        Submission s = r.submission();
        Optional<ResponseData.Stored> stored = data.insert(
                r.survey(),
                s.instanceId(),
                r.answers(),
                r.hash(),
                s.language(),
                r.channel(),
                r.country(),
                r.survey().consentPage() ? s.age() : null);
        if (stored.isPresent()) {
            return Optional.of(
                    new Receipt(stored.get().id(), s.instanceId(), stored.get().submittedAt(), false));
        }
        return data.find(r.survey().surveyId(), s.instanceId()).map(earlier -> {
            if (!earlier.answersHash().equals(r.hash())) {
                throw new InstanceConflictException(s.instanceId());
            }
            return new Receipt(earlier.id(), s.instanceId(), earlier.submittedAt(), true);
        });
    }

    /** Stores the response and counts it against its country's quota and its invitation code (in a transaction). */
    private Optional<Receipt> storeCounted(Response r, String invitationHash) {
        Optional<Receipt> receipt = store(r);
        if (receipt.isEmpty() || receipt.get().replay()) {
            return receipt;
        }
        long surveyId = r.survey().surveyId();
        // a full quota or a used invitation rolls the response back with the transaction
        if (r.country() != null && r.survey().hasQuotas() && !quotas.take(surveyId, r.country())) {
            new InputCheck()
                    .reject("country", "error.survey.quotaFull", r.country())
                    .throwIfAny();
        }
        if (invitationHash != null
                && !invitations.use(surveyId, invitationHash, receipt.get().responseId())) {
            new InputCheck()
                    .reject("invitationCode", "error.survey.invitationUsed")
                    .throwIfAny();
        }
        return receipt;
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

    private String countryAnswer(SubmissionRules survey, Map<String, String> answers) {
        String answer = survey.countryQuestion() == null ? null : answers.get(survey.countryQuestion());
        return answer != null && taxonomy.isCountry(answer) ? answer : null;
    }

    /** SHA-256 of the answers by question name: the same answers give the same hash in any order. */
    static String hash(Map<String, String> answers) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(answers)
                .forEach(
                        (k, v) -> canonical.append(k).append('\u0000').append(v).append('\u0001'));
        return AccessCodes.sha256(canonical.toString());
    }
}
