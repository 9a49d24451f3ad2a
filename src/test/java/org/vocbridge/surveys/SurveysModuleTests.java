package org.vocbridge.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.vocbridge.directory.domain.Alliances;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.surveys.domain.Distribution;
import org.vocbridge.surveys.domain.Responses;
import org.vocbridge.surveys.domain.ResultTables;
import org.vocbridge.surveys.domain.Surveys;
import org.vocbridge.testing.ModuleTest;

/**
 * Surveys on their own, with only the modules they use (directory and taxonomy, and what these use
 * in turn: accounts, search): a link handed to an alliance is checked with the directory's facade,
 * and what answers come by it is published with small counts hidden.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class SurveysModuleTests extends ModuleTest {

    @Autowired
    SurveysApi api;

    @Autowired
    Surveys surveys;

    @Autowired
    Distribution distribution;

    @Autowired
    Responses responses;

    @Autowired
    ResultTables results;

    @Autowired
    Alliances alliances;

    static Questionnaire tradeSurvey(String formId) {
        LocalizedText title = LocalizedText.of("en", "Trades", "zh", "工种");
        Questionnaire.Question trade = new Questionnaire.Question(
                "trade",
                QuestionType.SELECT_ONE,
                "trades",
                LocalizedText.of("en", "Your trade", "zh", "您的工种"),
                null,
                true,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        return new Questionnaire(
                formId,
                "1",
                title,
                "en",
                List.of("en", "zh"),
                List.of(trade),
                Map.of(
                        "trades",
                        List.of(
                                new Questionnaire.Choice("welding", LocalizedText.of("en", "Welding"), Map.of()),
                                new Questionnaire.Choice("cooking", LocalizedText.of("en", "Cooking"), Map.of()))));
    }

    @Test
    void runsWithoutTheModulesItDoesNotUse() {
        assertThat(context.containsBean("surveysApi")).isTrue();
        assertThat(context.containsBean("directoryApi")).as("a module it uses").isTrue();
        assertThat(context.containsBean("cooperationApi")).isFalse();
        assertThat(context.containsBean("libraryApi")).isFalse();
    }

    @Test
    void answersByAnAlliancesLinkArePublishedWithSmallCountsHidden() {
        CurrentUser owner = newUser("owner");
        String formId = "trades_" + UUID.randomUUID().toString().substring(0, 8);
        surveys.create(owner, tradeSurvey(formId), false);

        assertThatThrownBy(() -> distribution.addLink(owner, formId, "", null, 987_654L))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .containsExactly("allianceId"));
        long alliance = newAlliance(alliances, "Survey Alliance");
        Distribution.LinkSummary link = distribution.addLink(owner, formId, "", null, alliance);
        assertThat(link.channel()).isEqualTo("alliance-" + alliance);

        for (int i = 0; i < 7; i++) {
            String trade = i == 0 ? "cooking" : "welding";
            responses.submit(
                    formId,
                    new Responses.Submission(
                            "uuid:" + UUID.randomUUID(),
                            "en",
                            link.token(),
                            null,
                            null,
                            null,
                            null,
                            Map.of("trade", trade)));
        }
        Distribution.Settings settings = distribution.settings(formId);
        distribution.configure(
                owner,
                formId,
                new Distribution.Settings(
                        settings.opensAt(),
                        settings.closesAt(),
                        settings.description(),
                        settings.consentText(),
                        settings.guardianText(),
                        settings.adultAge(),
                        settings.countryQuestion(),
                        settings.invitationOnly(),
                        5,
                        true));

        assertThat(api.survey(formId).responses()).isEqualTo(7);
        ResultTables.Table full =
                results.results(owner, formId, "channel", false).tables().get(0);
        ResultTables.Table published = results.results(CurrentUser.ANONYMOUS, formId, "channel", true)
                .tables()
                .get(0);
        int cooking = rowOf(full, "cooking");
        int welding = rowOf(full, "welding");
        assertThat(full.columns()).extracting(ResultTables.Category::code).containsExactly("alliance-" + alliance);
        assertThat(full.counts()[cooking][0]).as("the owner sees every count").isEqualTo(1);
        assertThat(full.counts()[welding][0]).isEqualTo(6);
        assertThat(published.counts()[cooking][0])
                .as("one respondent is not shown")
                .isNegative();
        assertThat(published.percent(cooking, 0)).isNull();
    }

    static int rowOf(ResultTables.Table table, String code) {
        for (int r = 0; r < table.rows().size(); r++) {
            if (table.rows().get(r).code().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no row " + code);
    }
}
