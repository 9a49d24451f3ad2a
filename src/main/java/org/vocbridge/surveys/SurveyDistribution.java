package org.vocbridge.surveys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.surveys.domain.Link;
import org.vocbridge.surveys.domain.LinkRepository;
import org.vocbridge.surveys.domain.Survey;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * How a survey reaches respondents, set by its owner (or an admin): when it is open, its consent
 * page, its links (public, per alliance, per country; each records its channel), invitation codes
 * (one response each) and quotas per country.
 */
@Service
public class SurveyDistribution {

    public static final int MAX_INVITATIONS_AT_ONCE = 10_000;

    private final SurveyService surveys;
    private final LinkRepository links;
    private final JdbcClient jdbc;
    private final TaxonomyApi taxonomy;
    private final DirectoryApi directory;

    SurveyDistribution(
            SurveyService surveys,
            LinkRepository links,
            JdbcClient jdbc,
            TaxonomyApi taxonomy,
            DirectoryApi directory) {
        this.surveys = surveys;
        this.links = links;
        this.jdbc = jdbc;
        this.taxonomy = taxonomy;
        this.directory = directory;
    }

    /**
     * The settings of a survey's distribution.
     *
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
            LocalizedText consentText,
            LocalizedText guardianText,
            int adultAge,
            String countryQuestion,
            boolean invitationOnly,
            int suppressionK,
            boolean resultsPublished) {}

    /** A link as its owner sees it; {@code path} is its address on this site. */
    public record LinkSummary(
            long id, String token, String channel, String country, Long allianceId, boolean active, long responses) {

        public String path() {
            return "/s/" + token;
        }
    }

    public record Quota(String country, int maxResponses, int taken) {}

    @Transactional(readOnly = true)
    public Settings settings(String formId) {
        Survey s = surveys.require(formId);
        return new Settings(
                s.opensAt(),
                s.closesAt(),
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
        LocalizedText consent = settings.consentText() == null ? LocalizedText.EMPTY : settings.consentText();
        LocalizedText guardian = settings.guardianText() == null ? LocalizedText.EMPTY : settings.guardianText();
        check.localized("consentText", consent.values(), 4000);
        check.localized("guardianText", guardian.values(), 4000);
        if (!consent.isEmpty() && guardian.isEmpty()) {
            check.reject("guardianText", "error.survey.guardianText");
        }
        String countryQuestion = blankToNull(settings.countryQuestion());
        if (countryQuestion != null
                && q.question(countryQuestion)
                        .filter(x -> x.type() == QuestionType.SELECT_ONE)
                        .isEmpty()) {
            check.reject("countryQuestion", "error.survey.countryQuestion", countryQuestion);
        }
        check.throwIfAny();
        survey.distribute(
                settings.opensAt(),
                settings.closesAt(),
                consent,
                guardian,
                settings.adultAge(),
                countryQuestion,
                settings.invitationOnly(),
                settings.suppressionK(),
                settings.resultsPublished());
        return settings(formId);
    }

    @Transactional(readOnly = true)
    public List<LinkSummary> links(CurrentUser user, String formId) {
        Survey survey = surveys.requireOwned(user, formId);
        Map<Long, Long> counts = new java.util.HashMap<>();
        jdbc.sql("select l.id, count(r.id) from surveys_link l join surveys_response r on r.survey_id = l.survey_id"
                        + " and r.channel = l.channel where l.survey_id = ? group by l.id")
                .param(survey.id())
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
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
        Link link = links.save(new Link(survey.id(), Codes.random(12), name, c, allianceId));
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
            String code = Codes.random(10);
            codes.add(code);
            jdbc.sql("insert into surveys_invitation (survey_id, code_hash, created_at) values (?, ?, ?)")
                    .params(survey.id(), Codes.hash(code), java.sql.Timestamp.from(now))
                    .update();
        }
        return codes;
    }

    public record InvitationCount(long made, long used) {}

    @Transactional(readOnly = true)
    public InvitationCount invitations(String formId) {
        Survey survey = surveys.require(formId);
        return jdbc.sql("select count(*), count(response_id) from surveys_invitation where survey_id = ?")
                .param(survey.id())
                .query((rs, n) -> new InvitationCount(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    @Transactional(readOnly = true)
    public List<Quota> quotas(String formId) {
        Survey survey = surveys.require(formId);
        return jdbc.sql("select country, max_responses, taken from surveys_quota where survey_id = ? order by country")
                .param(survey.id())
                .query((rs, n) -> new Quota(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list();
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
            jdbc.sql("delete from surveys_quota where survey_id = ? and country = ?")
                    .params(survey.id(), c)
                    .update();
            return;
        }
        long taken = jdbc.sql("select count(*) from surveys_response where survey_id = ? and country = ?")
                .params(survey.id(), c)
                .query(Long.class)
                .single();
        int updated = jdbc.sql("update surveys_quota set max_responses = ? where survey_id = ? and country = ?")
                .params(maxResponses, survey.id(), c)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into surveys_quota (survey_id, country, max_responses, taken) values (?, ?, ?, ?)")
                    .params(survey.id(), c, maxResponses, taken)
                    .update();
        }
    }

    /** The link with this token, if it is active and its survey exists. */
    @Transactional(readOnly = true)
    public Link activeLink(String token) {
        return links.findByToken(token == null ? "" : token)
                .filter(Link::active)
                .orElseThrow(() -> new NotFoundException("Link", token));
    }

    Link linkById(long id) {
        return links.findById(id).orElseThrow(() -> new NotFoundException("Link", id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
