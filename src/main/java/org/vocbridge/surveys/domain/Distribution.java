package org.vocbridge.surveys.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.surveys.QuestionType;
import org.vocbridge.surveys.Questionnaire;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * How a survey reaches respondents, set by its owner (or an admin): when it is open, its consent
 * page, its links (public, per alliance, per country; each records its channel), invitation codes
 * (one response each) and quotas per country.
 */
@Service
@RequiredArgsConstructor
public class Distribution {

    public static final int MAX_INVITATIONS_AT_ONCE = 10_000;

    private final Surveys surveys;
    private final LinkRepository links;
    private final LinkData linkData;
    private final QuotaData quotas;
    private final InvitationData invitations;
    private final TaxonomyApi taxonomy;
    private final DirectoryApi directory;

    /**
     * The settings of a survey's distribution.
     *
     * @param description what the survey is about and for whom, shown on its page before one starts
     * @param consentText what respondents agree to on the consent page; empty for no consent page
     * @param guardianText what a minor's parent or guardian agrees to
     * @param adultAge respondents younger than this need their guardian's consent
     * @param countryQuestion the question whose answer (a country code) gives a response's country
     *     when its link names none; null for none
     * @param suppressionK published results hide counts from 1 to k−1
     * @param resultsPublished whether everyone may see the (suppressed) results
     */
    public record Settings(
            Instant opensAt,
            Instant closesAt,
            LocalizedText description,
            LocalizedText consentText,
            LocalizedText guardianText,
            int adultAge,
            String countryQuestion,
            boolean invitationOnly,
            int suppressionK,
            boolean resultsPublished) {

        public Settings {
            description = description == null ? LocalizedText.EMPTY : description;
            consentText = consentText == null ? LocalizedText.EMPTY : consentText;
            guardianText = guardianText == null ? LocalizedText.EMPTY : guardianText;
            countryQuestion = countryQuestion == null || countryQuestion.isBlank() ? null : countryQuestion.strip();
        }
    }

    /** A link as its owner sees it; {@code path} is its address on this site. */
    public record LinkSummary(
            long id, String token, String channel, String country, Long allianceId, boolean active, long responses) {

        public String path() {
            return "/s/" + token;
        }
    }

    /**
     * A country's quota. Only the survey's owner (or an admin) sees its numbers; everyone else sees
     * whether it is full, so that no count of respondents below the survey's k leaks out.
     *
     * @param maxResponses null unless the reader manages the survey
     * @param taken null unless the reader manages the survey
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Quota(String country, boolean full, Integer maxResponses, Integer taken) {

        Quota forPublic() {
            return new Quota(country, full, null, null);
        }
    }

    /**
     * Where anyone may take part now: the survey's active link for everyone (no country, no
     * alliance), while the survey is open and not by invitation only.
     */
    @Transactional(readOnly = true)
    public Optional<String> publicPath(String formId) {
        Survey survey = surveys.require(formId);
        if (survey.invitationOnly() || !survey.isOpen(Instant.now())) {
            return Optional.empty();
        }
        return links.findBySurveyIdOrderById(survey.id()).stream()
                .filter(l -> l.active() && l.country() == null && l.allianceId() == null)
                .findFirst()
                .map(l -> "/s/" + l.token());
    }

    @Transactional(readOnly = true)
    public Settings settings(String formId) {
        Survey s = surveys.require(formId);
        return new Settings(
                s.opensAt(),
                s.closesAt(),
                s.description(),
                s.consentText(),
                s.guardianText(),
                s.adultAge(),
                s.countryQuestion(),
                s.invitationOnly(),
                s.suppressionK(),
                s.resultsPublished());
    }

    @Transactional
    public Settings configure(CurrentUser user, String formId, Settings settings) {
        Survey survey = surveys.requireOwned(user, formId);
        Questionnaire q = surveys.questionnaire(survey);
        InputCheck check = new InputCheck();
        if (settings.opensAt() != null
                && settings.closesAt() != null
                && !settings.closesAt().isAfter(settings.opensAt())) {
            check.reject("closesAt", "error.survey.closesBeforeOpens");
        }
        if (settings.adultAge() < 1 || settings.adultAge() > 30) {
            check.reject("adultAge", "error.survey.adultAge");
        }
        if (settings.suppressionK() < 1 || settings.suppressionK() > 100) {
            check.reject("suppressionK", "error.survey.suppressionK");
        }
        check.localized("description", settings.description().values(), 4000);
        check.localized("consentText", settings.consentText().values(), 4000);
        check.localized("guardianText", settings.guardianText().values(), 4000);
        if (!settings.consentText().isEmpty() && settings.guardianText().isEmpty()) {
            check.reject("guardianText", "error.survey.guardianText");
        }
        String countryQuestion = settings.countryQuestion();
        if (countryQuestion != null
                && q.question(countryQuestion)
                        .filter(x -> x.type() == QuestionType.SELECT_ONE)
                        .isEmpty()) {
            check.reject("countryQuestion", "error.survey.countryQuestion", countryQuestion);
        }
        check.throwIfAny();
        survey.distribute(settings);
        return settings(formId);
    }

    @Transactional(readOnly = true)
    public List<LinkSummary> links(CurrentUser user, String formId) {
        Survey survey = surveys.requireOwned(user, formId);
        Map<Long, Long> counts = linkData.responseCounts(survey.id());
        return links.findBySurveyIdOrderById(survey.id()).stream()
                .map(l -> new LinkSummary(
                        l.id(),
                        l.token(),
                        l.channel(),
                        l.country(),
                        l.allianceId(),
                        l.active(),
                        counts.getOrDefault(l.id(), 0L)))
                .toList();
    }

    /**
     * Adds a link. Its channel names the audience (for a country's or an alliance's link, made from
     * them when left blank).
     */
    @Transactional
    public LinkSummary addLink(CurrentUser user, String formId, String channel, String country, Long allianceId) {
        Survey survey = surveys.requireOwned(user, formId);
        InputCheck check = new InputCheck();
        String c = blankToNull(country);
        if (c != null && !taxonomy.isCountry(c.toUpperCase(Locale.ROOT))) {
            check.reject("country", "error.country.unknown", c);
        }
        if (allianceId != null && !directory.allianceExists(allianceId)) {
            check.reject("allianceId", "error.survey.alliance", allianceId);
        }
        check.throwIfAny();
        c = c == null ? null : c.toUpperCase(Locale.ROOT);
        String name = blankToNull(channel);
        if (name == null) {
            name = allianceId != null ? "alliance-" + allianceId : c != null ? "country-" + c : "public";
        }
        check.maxLength("channel", name, 80);
        if (links.existsBySurveyIdAndChannel(survey.id(), name)) {
            check.reject("channel", "error.survey.channelTaken", name);
        }
        check.throwIfAny();
        Link link = links.save(new Link(survey.id(), AccessCodes.random(12), name, c, allianceId));
        return new LinkSummary(link.id(), link.token(), name, c, allianceId, true, 0);
    }

    @Transactional
    public void setLinkActive(CurrentUser user, String formId, long linkId, boolean active) {
        Survey survey = surveys.requireOwned(user, formId);
        Link link = links.findById(linkId)
                .filter(l -> l.surveyId() == survey.id())
                .orElseThrow(() -> new NotFoundException("Link", linkId));
        link.setActive(active);
    }

    /** Makes new invitation codes, shown only now: the platform keeps their hashes. */
    @Transactional
    public List<String> invite(CurrentUser user, String formId, int count) {
        Survey survey = surveys.requireOwned(user, formId);
        if (count < 1 || count > MAX_INVITATIONS_AT_ONCE) {
            new InputCheck()
                    .reject("count", "error.survey.invitationCount", MAX_INVITATIONS_AT_ONCE)
                    .throwIfAny();
        }
        List<String> codes = new ArrayList<>(count);
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            String code = AccessCodes.random(10);
            codes.add(code);
            invitations.add(survey.id(), AccessCodes.hash(code), now);
        }
        return codes;
    }

    public record InvitationCount(long made, long used) {}

    @Transactional(readOnly = true)
    public InvitationCount invitations(String formId) {
        Survey survey = surveys.require(formId);
        return invitations.count(survey.id());
    }

    @Transactional(readOnly = true)
    public List<Quota> quotas(CurrentUser reader, String formId) {
        Survey survey = surveys.require(formId);
        List<Quota> all = quotas.of(survey.id());
        return surveys.canManage(reader, formId)
                ? all
                : all.stream().map(Quota::forPublic).toList();
    }

    /** Sets a country's quota (the most responses it may give); zero or less removes it. */
    @Transactional
    public void setQuota(CurrentUser user, String formId, String country, int maxResponses) {
        Survey survey = surveys.requireOwned(user, formId);
        String c = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!taxonomy.isCountry(c)) {
            new InputCheck().reject("country", "error.country.unknown", country).throwIfAny();
        }
        if (maxResponses <= 0) {
            quotas.remove(survey.id(), c);
        } else {
            quotas.set(survey.id(), c, maxResponses);
        }
    }

    /** The link with this token, if it is active and its survey exists. */
    @Transactional(readOnly = true)
    Link activeLink(String token) {
        return links.findByToken(token == null ? "" : token)
                .filter(Link::active)
                .orElseThrow(() -> new NotFoundException("Link", token));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
