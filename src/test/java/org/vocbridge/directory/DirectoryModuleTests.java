package org.vocbridge.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.domain.Alliances;
import org.vocbridge.directory.domain.Memberships;
import org.vocbridge.directory.domain.OrganizationDraft;
import org.vocbridge.directory.domain.Organizations;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.testing.ModuleTest;

/**
 * The directory on its own, with only the modules it uses (accounts, taxonomy, search): what its
 * facade tells other modules follows the writes of its services, and the rights it asks accounts for.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class DirectoryModuleTests extends ModuleTest {

    @Autowired
    DirectoryApi directory;

    @Autowired
    Organizations organizations;

    @Autowired
    Alliances alliances;

    @Autowired
    Memberships memberships;

    static OrganizationDraft organization(String name, String country, OrganizationKind kind) {
        return new OrganizationDraft(
                kind,
                Map.of("en", name),
                null,
                country,
                Map.of(),
                null,
                Map.of(),
                Set.of("0714"),
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void runsWithoutTheModulesThatUseIt() {
        assertThat(context.containsBean("directoryApi")).isTrue();
        assertThat(context.containsBean("accountsApi")).as("a module it uses").isTrue();
        for (String user : List.of("cooperationApi", "libraryApi", "surveysApi", "observatoryApi")) {
            assertThat(context.containsBean(user)).as(user).isFalse();
        }
    }

    @Test
    void theCreatorEditsTheirOrganizationAndOthersOnlyReadIt() {
        CurrentUser editor = newUser("editor");
        OrganizationSummary created =
                organizations.create(editor, organization("Module College", "KZ", OrganizationKind.VOCATIONAL_COLLEGE));

        assertThat(accounts.holds(editor, Role.ORGANIZATION_EDITOR, created.id()))
                .isTrue();
        assertThat(directory
                        .organizationLabels(List.of(created.id()))
                        .get(created.id())
                        .country())
                .isEqualTo("KZ");
        CurrentUser stranger = newUser("stranger");
        assertThatThrownBy(() -> organizations.update(
                        stranger, created.id(), organization("Taken", "KZ", OrganizationKind.VOCATIONAL_COLLEGE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(directory.organizations(List.of(created.id())).get(0).name().values())
                .containsEntry("en", "Module College");
    }

    @Test
    void anAlliancesMembersAreCountedAndKnownToOtherModules() {
        AllianceSummary alliance = directory.alliance(newAlliance(alliances, "Module Alliance"));
        CurrentUser secretariat = newUser("secretariat");
        accounts.grant(admin(), secretariat.id(), Role.ALLIANCE_SECRETARIAT, alliance.id());
        CurrentUser editor = newUser("member");
        long college = organizations
                .create(editor, organization("Member College", "CN", OrganizationKind.VOCATIONAL_COLLEGE))
                .id();
        long company = organizations
                .create(editor, organization("Member Company", "LA", OrganizationKind.ENTERPRISE))
                .id();
        long applicant = organizations
                .create(editor, organization("Applying College", "TH", OrganizationKind.VOCATIONAL_COLLEGE))
                .id();

        memberships.addMember(secretariat, alliance.id(), college, MembershipRole.MEMBER, LocalDate.of(2024, 1, 1));
        memberships.addMember(secretariat, alliance.id(), company, MembershipRole.MEMBER, LocalDate.of(2024, 1, 1));
        memberships.apply(editor, alliance.id(), applicant, MembershipRole.MEMBER, "we would like to join");

        MemberCounts counts = directory.memberCounts(alliance.id());
        assertThat(counts.total()).as("an application is not yet a member").isEqualTo(2);
        assertThat(counts.byCountry()).containsOnly(Map.entry("CN", 1L), Map.entry("LA", 1L));
        assertThat(counts.byKind())
                .containsOnly(
                        Map.entry(OrganizationKind.VOCATIONAL_COLLEGE, 1L), Map.entry(OrganizationKind.ENTERPRISE, 1L));
        assertThat(directory.currentAlliancesOf(List.of(college, applicant))).containsExactly(alliance.id());
        assertThat(directory.alliances(Locale.ENGLISH))
                .extracting(AllianceSummary::id)
                .contains(alliance.id());
        assertThatThrownBy(() -> memberships.addMember(
                        editor, alliance.id(), applicant, MembershipRole.MEMBER, LocalDate.of(2024, 1, 1)))
                .as("only the secretariat adds members")
                .isInstanceOf(AccessDeniedException.class);
    }
}
