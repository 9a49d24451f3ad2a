package org.vocbridge.ventures.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.shared.DataLoads;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.ventures.VentureKind;
import org.vocbridge.ventures.VentureStage;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo ventures: what the source articles imply (Yongchuan's industry–city–vocational–
 * entrepreneurship model, founders trained in Kunming's aviation, arts and agriculture centres,
 * graduates of the Yangtze Workshop's partner colleges), each marked as demo.
 */
@Component
@Order(36)
@ConditionalOnProperty(name = "vocbridge.demo-data", havingValue = "true")
@RequiredArgsConstructor
class DemoVentures implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoVentures.class);
    static final String LOAD_NAME = "ventures-demo-v1";
    static final String DETAILS_LOAD_NAME = "ventures-demo-details-v1";
    private static final CurrentUser LOADER = new CurrentUser(0L, "demo-data", true);

    private final DataLoads loads;
    private final JsonMapper json;
    private final DirectoryApi directory;
    private final Ventures ventures;
    private final VentureRepository repository;
    private final VentureTeams teams;
    private final VentureNeeds needs;
    private final VentureOutcomes outcomes;

    record DemoData(List<DemoVenture> ventures) {}

    /** A venture with its parent, organization and college named in English. */
    record DemoVenture(
            VentureKind kind,
            String parent,
            Map<String, String> name,
            List<String> alsoKnownAs,
            Map<String, String> pitch,
            String country,
            String city,
            LocalDate founded,
            String legalForm,
            String sector,
            List<Integer> sdgs,
            VentureStage stage,
            Integer readinessLevel,
            String organization,
            String college,
            List<String> fields,
            List<String> occupations,
            List<TeamMemberDraft> team,
            List<NeedDraft> needs,
            List<OutcomeDraft> outcomes) {}

    @Override
    public void run(ApplicationArguments args) {
        if (loads.runOnce(LOAD_NAME, this::load)) {
            log.info("Demo ventures loaded");
        }
        if (loads.runOnce(DETAILS_LOAD_NAME, this::loadDetails)) {
            log.info("Demo ventures' teams, needs and outcomes loaded");
        }
    }

    private DemoData read() {
        try (InputStream in = getClass().getResourceAsStream("/demo/ventures.json")) {
            return json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The teams, needs and outcomes of the demo ventures, found by their English names. */
    private void loadDetails() {
        Map<String, Long> demo = new HashMap<>();
        repository.findByDemoTrue().forEach(v -> demo.put(v.name().get("en"), v.id()));
        for (DemoVenture v : read().ventures()) {
            Long id = demo.get(v.name().get("en"));
            if (id == null) {
                continue;
            }
            Objects.requireNonNullElse(v.team(), List.<TeamMemberDraft>of()).forEach(m -> teams.add(LOADER, id, m));
            Objects.requireNonNullElse(v.needs(), List.<NeedDraft>of()).forEach(n -> needs.add(LOADER, id, n));
            Objects.requireNonNullElse(v.outcomes(), List.<OutcomeDraft>of()).forEach(o -> outcomes.add(LOADER, id, o));
        }
    }

    private void load() {
        DemoData data = read();
        Map<String, Long> organizations = directory.organizationIdsByName(data.ventures().stream()
                .flatMap(v -> Stream.of(v.organization(), v.college()))
                .filter(Objects::nonNull)
                .toList());
        Map<String, Long> made = new HashMap<>();
        for (DemoVenture v : data.ventures()) {
            VentureDraft draft = new VentureDraft(
                    v.kind(),
                    v.parent() == null ? null : made.get(v.parent()),
                    v.name(),
                    v.pitch(),
                    v.alsoKnownAs(),
                    null,
                    v.country(),
                    v.city(),
                    v.founded(),
                    v.legalForm(),
                    null,
                    v.sector(),
                    v.sdgs(),
                    v.stage(),
                    v.readinessLevel(),
                    v.organization() == null ? null : organizations.get(v.organization()),
                    v.college() == null ? null : organizations.get(v.college()),
                    null,
                    v.fields(),
                    v.occupations(),
                    null,
                    true,
                    null);
            made.put(v.name().get("en"), ventures.register(LOADER, draft, true).id());
        }
    }
}
