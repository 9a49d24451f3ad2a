package org.vocbridge.awards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vocbridge.awards.ConflictRule;
import org.vocbridge.cooperation.AgreementLabel;
import org.vocbridge.directory.AffiliationPeriod;
import org.vocbridge.library.Authorship;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.ventures.TeamPerson;
import org.vocbridge.ventures.TeamRole;

class ConflictRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final JuryRules RULES = new JuryRules(3, 0, 20, false, false, 3, 5, true, 0);

    private static List<String> found(ConflictFacts facts, JuryRules rules) {
        return ConflictRules.find(facts, rules, TODAY).stream()
                .map(f -> f.jurorId() + " " + f.entryId() + " " + f.rule())
                .toList();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void anAffiliationCountsWhileItLastsAndForTheCallsYearsAfterItEnded() {
        ConflictFacts facts = new ConflictFacts(
                List.of(new ConflictFacts.JurorFacts(1, 101, "CN"), new ConflictFacts.JurorFacts(2, 102, "CN")),
                List.of(new ConflictFacts.EntryFacts(10, Set.of(201L), 50L, "CN", null)),
                List.of(
                        new AffiliationPeriod(101, 50, TODAY.minusYears(3)),
                        new AffiliationPeriod(102, 50, TODAY.minusYears(3).minusDays(1))),
                List.of(),
                List.of(),
                List.of());
        assertThat(found(facts, RULES)).containsExactly("1 10 SAME_ORGANIZATION");
        assertThat(ConflictRules.find(facts, RULES, TODAY).get(0).evidence())
                .containsEntry("organizationId", 50L)
                .containsEntry("endedOn", TODAY.minusYears(3).toString());
    }

    @Test
    void theEntrantsCurrentOrganizationsCountAsTheEntrys() {
        ConflictFacts facts = new ConflictFacts(
                List.of(new ConflictFacts.JurorFacts(1, 101, "KZ")),
                List.of(new ConflictFacts.EntryFacts(10, Set.of(201L), null, "KZ", null)),
                List.of(new AffiliationPeriod(101, 60, null), new AffiliationPeriod(201, 60, null)),
                List.of(),
                List.of(),
                List.of());
        assertThat(found(facts, RULES)).containsExactly("1 10 SAME_ORGANIZATION");
    }

    @Test
    void coAuthorsWithinFourYearsAgreementPartiesMentorsTheSamePersonAndTheSameCountryWhenTheRulesSaySo() {
        LocalizedText title = LocalizedText.of("en", "Joint report");
        ConflictFacts facts = new ConflictFacts(
                List.of(
                        new ConflictFacts.JurorFacts(1, 101, "CN"),
                        new ConflictFacts.JurorFacts(2, 102, "KZ"),
                        new ConflictFacts.JurorFacts(3, 103, "UZ"),
                        new ConflictFacts.JurorFacts(4, 201, "RU")),
                List.of(
                        new ConflictFacts.EntryFacts(10, Set.of(201L), 50L, "CN", null),
                        new ConflictFacts.EntryFacts(11, Set.of(202L), 51L, "KZ", 900L)),
                List.of(new AffiliationPeriod(102, 70, null), new AffiliationPeriod(103, 71, null)),
                List.of(
                        new Authorship(500, title, TODAY.minusYears(4), Set.of(101L, 201L)),
                        new Authorship(501, title, TODAY.minusYears(4).minusDays(1), Set.of(101L, 202L))),
                List.of(new AgreementLabel(600, title, null, Set.of(70L, 50L))),
                List.of(new TeamPerson(900, 103, TeamRole.MENTOR), new TeamPerson(900, 101, TeamRole.MEMBER)));
        assertThat(found(facts, RULES))
                .containsExactly("1 10 CO_AUTHOR", "2 10 AGREEMENT_PARTY", "3 11 MENTOR", "4 10 SAME_PERSON");
        assertThat(found(facts, new JuryRules(3, 0, 20, false, true, 3, 5, true, 0)))
                .containsExactly(
                        "1 10 SAME_COUNTRY",
                        "1 10 CO_AUTHOR",
                        "2 10 AGREEMENT_PARTY",
                        "2 11 SAME_COUNTRY",
                        "3 11 MENTOR",
                        "4 10 SAME_PERSON");
    }

    @Test
    void theSameFactsGiveTheSameFlagsWhateverTheirOrder() {
        LocalizedText title = LocalizedText.of("en", "Report");
        List<ConflictFacts.JurorFacts> jurors =
                List.of(new ConflictFacts.JurorFacts(1, 101, "CN"), new ConflictFacts.JurorFacts(2, 102, "CN"));
        List<ConflictFacts.EntryFacts> entries = List.of(
                new ConflictFacts.EntryFacts(10, Set.of(201L), 50L, "CN", null),
                new ConflictFacts.EntryFacts(11, Set.of(201L), 50L, "CN", null));
        List<AffiliationPeriod> affiliations =
                List.of(new AffiliationPeriod(101, 50, null), new AffiliationPeriod(102, 50, TODAY));
        List<Authorship> authorships = List.of(
                new Authorship(1, title, TODAY, Set.of(101L, 201L)),
                new Authorship(2, title, TODAY, Set.of(102L, 201L)));
        var forward = ConflictRules.find(
                new ConflictFacts(jurors, entries, affiliations, authorships, List.of(), List.of()), RULES, TODAY);
        var backward = ConflictRules.find(
                new ConflictFacts(
                        reversed(jurors),
                        reversed(entries),
                        reversed(affiliations),
                        reversed(authorships),
                        List.of(),
                        List.of()),
                RULES,
                TODAY);
        assertThat(backward.stream().map(f -> f.jurorId() + " " + f.entryId() + " " + f.rule()))
                .containsExactlyElementsOf(forward.stream()
                        .map(f -> f.jurorId() + " " + f.entryId() + " " + f.rule())
                        .toList());
        assertThat(forward.stream().map(ConflictRules.Found::rule).distinct())
                .containsExactly(ConflictRule.SAME_ORGANIZATION, ConflictRule.CO_AUTHOR);
    }
}
