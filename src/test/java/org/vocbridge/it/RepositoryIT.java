package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.directory.domain.MembershipRepository;
import org.vocbridge.directory.domain.PersonRepository;
import org.vocbridge.taxonomy.domain.CountryGroupRepository;

/** The hand-written queries of the repositories, on the real database (H2 and PostgreSQL). */
class RepositoryIT extends IntegrationTest {

    @Autowired
    MembershipRepository memberships;

    @Autowired
    PersonRepository people;

    @Autowired
    CountryGroupRepository groups;

    @Test
    void memberCountsAgreeWithTheMembershipsThemselves() {
        Map<Long, Long> counts = memberships.memberCounts();
        long yangtze = alliance("Yangtze Workshop");
        long members = 0;
        for (var m : api().get("/api/v1/alliances/" + yangtze + "/memberships").json()) {
            if (List.of("APPROVED", "ACTIVE", "SUSPENDED")
                    .contains(m.get("status").asText())) {
                members++;
            }
        }
        assertThat(counts.get(yangtze)).isEqualTo(members);
    }

    @Test
    @Transactional
    void anOpenMembershipIsFoundAndAClosedOneIsNot() {
        long alliance = alliance("SCO Youth");
        var all = memberships.findByAlliance(alliance);
        var applied = all.stream()
                .filter(m -> m.status().name().equals("APPLIED"))
                .findFirst()
                .orElseThrow();
        assertThat(memberships.findOpen(alliance, applied.organization().id())).contains(applied);
        assertThat(memberships.findOpen(alliance, -1)).isEmpty();
    }

    @Test
    @Transactional
    void expertsAreFoundThroughTheirAppointments() {
        long yangtze = alliance("Yangtze Workshop");
        var experts = people.findExpertsOf(yangtze);
        assertThat(experts).isNotEmpty().doesNotHaveDuplicates();
        experts.forEach(
                p -> assertThat(p.appointments()).anyMatch(a -> a.alliance().id() == yangtze));
    }

    @Test
    @Transactional
    void countryGroupsComeOnceEachWithTheirMembers() {
        var all = groups.findAllWithMembers();
        assertThat(all).doesNotHaveDuplicates();
        assertThat(all).allMatch(g -> !g.members().isEmpty());
    }
}
