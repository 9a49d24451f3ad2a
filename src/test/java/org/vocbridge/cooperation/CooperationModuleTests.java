package org.vocbridge.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.vocbridge.cooperation.domain.AgreementDraft;
import org.vocbridge.cooperation.domain.AgreementOutputs;
import org.vocbridge.cooperation.domain.AgreementQueries;
import org.vocbridge.cooperation.domain.Agreements;
import org.vocbridge.cooperation.domain.AllianceNumbers;
import org.vocbridge.cooperation.domain.Transition;
import org.vocbridge.directory.MembershipRole;
import org.vocbridge.directory.OrganizationKind;
import org.vocbridge.directory.domain.Alliances;
import org.vocbridge.directory.domain.Memberships;
import org.vocbridge.directory.domain.OrganizationDraft;
import org.vocbridge.directory.domain.Organizations;
import org.vocbridge.library.ResourceKind;
import org.vocbridge.library.ResourcePublished;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.testing.ModuleTest;

/**
 * Cooperation on its own, with only the modules whose facades it calls (directory, accounts,
 * taxonomy, search): it reacts to the library's event, published here as the library would, through
 * the event registry; an alliance's dashboard follows a write made on another node.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class CooperationModuleTests extends ModuleTest {

    @Autowired
    Agreements agreements;

    @Autowired
    AgreementQueries queries;

    @Autowired
    AgreementOutputs outputs;

    @Autowired
    AllianceNumbers numbers;

    @Autowired
    Organizations organizations;

    @Autowired
    Alliances alliances;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Memberships memberships;

    CurrentUser editor;
    long alliance;
    long agreement;

    /** A signed agreement of two organizations, both edited by one user, in a new alliance. */
    @BeforeEach
    void signedAgreement() {
        editor = newUser("editor");
        alliance = newAlliance(alliances, "Module Alliance");
        long college = organization("Module College", "CN");
        long university = organization("Module University", "LA");
        // an agreement counts for an alliance through a member, once the alliance accepts it
        CurrentUser admin = new CurrentUser(0L, "module-admin", true);
        memberships.addMember(admin, alliance, college, MembershipRole.MEMBER, LocalDate.of(2020, 1, 1));
        agreement = agreements
                .create(
                        editor,
                        new AgreementDraft(
                                Map.of("en", "Joint training"),
                                Map.of(),
                                alliance,
                                List.of(
                                        new AgreementDraft.PartyDraft(college, PartyRole.LEAD),
                                        new AgreementDraft.PartyDraft(university, PartyRole.PARTNER)),
                                Set.of(CooperationType.JOINT_TRAINING),
                                Set.of("0714"),
                                Set.of(),
                                Set.of(),
                                LocalDate.of(2024, 1, 1),
                                null,
                                null,
                                List.of(),
                                null))
                .id();
        agreements.decideAlliance(admin, agreement, true);
        move(AgreementStatus.NEGOTIATING, null);
        move(
                AgreementStatus.SIGNED,
                new AgreementDraft.Signing(
                        LocalDate.of(2024, 1, 15), Map.of(), "Rector Li\nPresident Phommasack", Map.of()));
    }

    long organization(String name, String country) {
        return organizations
                .create(
                        editor,
                        new OrganizationDraft(
                                OrganizationKind.VOCATIONAL_COLLEGE,
                                Map.of("en", name),
                                null,
                                country,
                                Map.of(),
                                null,
                                Map.of(),
                                Set.of(),
                                Set.of(),
                                Set.of(),
                                null,
                                null,
                                null,
                                null,
                                null))
                .id();
    }

    void move(AgreementStatus status, AgreementDraft.Signing signing) {
        long version = queries.get(agreement, editor).version();
        agreements.transition(
                editor, agreement, new Transition(status, LocalDate.of(2024, 1, 10), null, signing, version));
    }

    @Test
    void runsWithTheFacadesItCallsButWithoutTheLibraryWhoseEventsItHears() {
        assertThat(context.containsBean("cooperationApi")).isTrue();
        assertThat(context.containsBean("directoryApi")).as("a module it calls").isTrue();
        assertThat(context.containsBean("libraryApi"))
                .as("the library's event and interface are types; no library bean is needed")
                .isFalse();
        assertThat(context.containsBean("surveysApi")).isFalse();
        assertThat(context.containsBean("observatoryApi")).isFalse();
    }

    @Test
    void aResourcePublishedAsTheAgreementsBecomesItsOutputOnceAndTheDashboardCountsIt(Scenario scenario) {
        assertThat(numbers.dashboard(alliance).outputs()).isZero();
        ResourcePublished published = new ResourcePublished(
                4711, ResourceKind.TEXTBOOK, LocalizedText.of("en", "Welding textbook"), agreement, 2025);

        scenario.publish(published)
                .andWaitForStateChange(() -> outputs.of(editor, agreement), list -> !list.isEmpty())
                .andVerify(list -> assertThat(list).singleElement().satisfies(output -> {
                    assertThat(output.kind()).isEqualTo(OutputKind.TEXTBOOK);
                    assertThat(output.recordId()).isEqualTo(4711L);
                }));
        assertThat(numbers.dashboard(alliance).outputsByKind()).containsEntry(OutputKind.TEXTBOOK, 1L);

        ResourcePublished again = new ResourcePublished(
                4711, ResourceKind.TEXTBOOK, LocalizedText.of("en", "Welding textbook, 2nd edition"), agreement, 2025);
        scenario.publish(again)
                .andWaitForStateChange(
                        () -> outputs.of(editor, agreement),
                        list -> list.get(0).title().values().get("en").endsWith("2nd edition"))
                .andVerify(list ->
                        assertThat(list).as("published again, still one output").hasSize(1));
    }

    @Test
    void theDashboardFollowsAWriteMadeOnAnotherNode() {
        assertThat(numbers.dashboard(alliance).agreementsByStatus())
                .containsExactly(Map.entry(AgreementStatus.SIGNED, 1L));

        // another node completes the agreement: its transaction writes the record and the alliance's change row
        jdbc.update("update cooperation_agreement set status = 'COMPLETED' where id = ?", agreement);
        assertThat(numbers.dashboard(alliance).agreementsByStatus())
                .as("without a change row this node keeps the figures it computed")
                .containsExactly(Map.entry(AgreementStatus.SIGNED, 1L));
        jdbc.update(
                "insert into cooperation_alliance_change (alliance_id, changed_at) values (?, current_timestamp)",
                alliance);

        assertThat(numbers.dashboard(alliance).agreementsByStatus())
                .containsExactly(Map.entry(AgreementStatus.COMPLETED, 1L));
    }
}
