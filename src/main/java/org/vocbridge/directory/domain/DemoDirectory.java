package org.vocbridge.directory.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vocbridge.directory.MembershipRole;
import org.vocbridge.directory.MembershipStatus;
import org.vocbridge.directory.OrganizationKind;
import org.vocbridge.shared.DataLoads;
import org.vocbridge.shared.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organizations, alliances and people named in the seed articles (Kunming 2020 roundtable,
 * China–SCO Vocational Education Cooperation Center, Yangtze Workshop, western five-province
 * community), loaded once on first start from {@code demo/directory.json}.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "vocbridge.demo-data", havingValue = "true")
@RequiredArgsConstructor
class DemoDirectory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);
    static final String LOAD_NAME = "directory-demo-v1";

    private final DataLoads loads;
    private final JsonMapper json;
    private final OrganizationRepository organizations;
    private final AllianceRepository alliances;
    private final MembershipRepository memberships;
    private final PersonRepository people;
    private final PastAffiliations pastAffiliations;

    record DemoData(List<DemoOrganization> organizations, List<DemoAlliance> alliances, List<DemoPerson> people) {}

    record DemoOrganization(
            String key,
            OrganizationKind kind,
            String country,
            String acronym,
            Map<String, String> name,
            Map<String, String> city,
            String website,
            Map<String, String> description,
            Set<String> fields,
            Set<String> occupations) {}

    record DemoAlliance(
            String key,
            String acronym,
            String country,
            LocalDate foundedOn,
            String secretariat,
            Map<String, String> name,
            Map<String, String> foundedPlace,
            Map<String, String> description,
            DemoChair chair,
            List<DemoMember> members) {}

    record DemoChair(String org, LocalDate from, String note) {}

    record DemoMember(String org, MembershipRole role, MembershipStatus status) {}

    record DemoPerson(
            String key,
            String country,
            List<String> affiliations,
            Set<String> languages,
            Set<String> fields,
            Set<String> keywords,
            Map<String, String> name,
            Map<String, String> position,
            List<DemoAppointment> appointments,
            Map<String, LocalDate> pastAffiliations) {}

    record DemoAppointment(String alliance, Map<String, String> role, LocalDate from) {}

    @Override
    public void run(ApplicationArguments args) {
        if (loads.runOnce(LOAD_NAME, this::load)) {
            log.info("Loaded the directory demo data");
        }
    }

    private void load() {
        DemoData data;
        try (InputStream in = getClass().getResourceAsStream("/demo/directory.json")) {
            data = json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Organization> byKey = new HashMap<>();
        for (DemoOrganization o : data.organizations()) {
            OrganizationDraft draft = new OrganizationDraft(
                    o.kind(),
                    o.name(),
                    o.acronym(),
                    o.country(),
                    o.city(),
                    o.website(),
                    o.description(),
                    o.fields(),
                    o.occupations(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
            Organization organization = new Organization(draft, draft.codes());
            organization.markDemo();
            byKey.put(o.key(), organizations.save(organization));
        }
        Map<String, Alliance> alliancesByKey = new HashMap<>();
        for (DemoAlliance a : data.alliances()) {
            Alliance alliance = alliances.save(new Alliance(new AllianceDraft(
                    a.name(),
                    a.acronym(),
                    a.description(),
                    a.foundedOn(),
                    a.foundedPlace(),
                    a.country(),
                    null,
                    a.secretariat() == null ? null : byKey.get(a.secretariat()).id(),
                    null)));
            alliance.markDemo();
            alliancesByKey.put(a.key(), alliance);
            for (DemoMember m : a.members()) {
                MembershipStatus status = m.status() == null ? MembershipStatus.ACTIVE : m.status();
                Membership membership = new Membership(alliance, byKey.get(m.org()), m.role(), status, "demo");
                membership.dates(status.isMember() ? a.foundedOn() : null, null);
                membership.note("Demo data from the seed articles");
                memberships.save(membership);
            }
            if (a.chair() != null) {
                alliance.handOverChair(
                        byKey.get(a.chair().org()),
                        a.chair().from(),
                        null,
                        a.chair().note(),
                        "demo");
            }
        }
        for (DemoPerson p : data.people()) {
            PersonDraft draft = new PersonDraft(
                    p.name(),
                    p.position(),
                    null,
                    p.country(),
                    null,
                    null,
                    p.fields(),
                    null,
                    null,
                    p.keywords(),
                    p.languages(),
                    null);
            Set<Organization> affiliations = new LinkedHashSet<>();
            if (p.affiliations() != null) {
                p.affiliations().forEach(key -> affiliations.add(byKey.get(key)));
            }
            Person person = new Person(draft, affiliations, draft.codes());
            person.markDemo();
            if (p.appointments() != null) {
                p.appointments()
                        .forEach(a -> person.appoint(
                                alliancesByKey.get(a.alliance()), LocalizedText.of(a.role()), a.from(), null, null));
            }
            people.save(person);
            if (p.pastAffiliations() != null) {
                p.pastAffiliations()
                        .forEach((key, endedOn) -> pastAffiliations.ended(
                                person.id(), List.of(byKey.get(key).id()), endedOn));
            }
        }
    }
}
