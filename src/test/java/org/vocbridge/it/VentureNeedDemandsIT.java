package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A venture's need for skilled people arrives as a demand of the venture's directory record, changes
 * and closes with it; a need for money does not, nor does one changed by someone who may not post
 * for the organization the venture names.
 */
class VentureNeedDemandsIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private void delivered() {
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        jdbc.sql("select count(*) from event_publication where listener_id like '%VentureNeedDemands%'")
                                        .query(Long.class)
                                        .single()
                                == 0);
    }

    private Optional<JsonNode> demandOf(long ventureId) {
        for (JsonNode d : api().get("/api/v1/matching/demands?size=100").json()) {
            if (d.path("ventureId").asLong(-1) == ventureId) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private long venture(TestUser keeper, long organization, String name) {
        Map<String, Object> venture = VenturesIT.venture(name, null, null, null);
        venture.put("organizationId", organization);
        venture.put("occupations", java.util.List.of("7231"));
        venture.put("fields", java.util.List.of("0716"));
        return Long.parseLong(created(keeper.token(), "/api/v1/ventures", venture));
    }

    @Test
    void aNeedForSkilledPeopleIsPostedAsTheVenturesDemandAndClosesWhenMet() {
        TestUser editor = newUser("need-demand");
        long enterprise = newOrganization(editor, "ENTERPRISE", "KZ", Map.of("en", "Steppe e-Bikes"));
        long venture = venture(editor, enterprise, "Steppe e-Bikes " + System.nanoTime());
        Map<String, Object> need = new HashMap<>(Map.of(
                "kind",
                "SKILLS",
                "description",
                Map.of("en", "Three battery technicians", "ru", "Три техника"),
                "quantity",
                3));
        long needId = Long.parseLong(created(editor.token(), "/api/v1/ventures/" + venture + "/needs", need));
        created(
                editor.token(),
                "/api/v1/ventures/" + venture + "/needs",
                Map.of(
                        "kind",
                        "FUNDING",
                        "description",
                        Map.of("en", "Seed money"),
                        "amount",
                        5000,
                        "currency",
                        "USD"));
        delivered();

        JsonNode demand = demandOf(venture).orElseThrow();
        assertThat(demand.get("organizationId").asLong()).isEqualTo(enterprise);
        assertThat(demand.get("kind").asText()).isEqualTo("GRADUATES");
        assertThat(demand.get("status").asText()).isEqualTo("OPEN");
        assertThat(demand.get("profile").get("headcount").asInt()).isEqualTo(3);
        assertThat(demand.get("profile").get("occupations"))
                .extracting(JsonNode::asText)
                .containsExactly("7231");
        assertThat(demand.get("profile").get("countries"))
                .extracting(JsonNode::asText)
                .containsExactly("KZ");
        assertThat(demand.get("description").get("ru").asText()).isEqualTo("Три техника");
        assertThat(api().get("/api/v1/matching/demands?size=100").json())
                .as("one demand for the venture: its need for money is not one")
                .filteredOn(d -> d.path("ventureId").asLong(-1) == venture)
                .hasSize(1);
        assertThat(api().get("/matching/demands/" + demand.get("id").asLong()).body())
                .contains("/ventures/" + venture);

        // the need changes: the demand with it; then it is met: the demand closes
        JsonNode read =
                api().get("/api/v1/ventures/" + venture + "/needs").json().get(0);
        need.put("quantity", 5);
        need.put("version", read.get("version").asLong());
        assertThat(api().token(editor.token())
                        .put("/api/v1/ventures/" + venture + "/needs/" + needId, need)
                        .status())
                .isEqualTo(200);
        delivered();
        long demandId = demand.get("id").asLong();
        assertThat(api().get("/api/v1/matching/demands/" + demandId)
                        .json()
                        .get("profile")
                        .get("headcount")
                        .asInt())
                .isEqualTo(5);
        need.put("status", "MET");
        need.put(
                "version",
                api().get("/api/v1/ventures/" + venture + "/needs")
                        .json()
                        .get(0)
                        .get("version")
                        .asLong());
        assertThat(api().token(editor.token())
                        .put("/api/v1/ventures/" + venture + "/needs/" + needId, need)
                        .status())
                .isEqualTo(200);
        delivered();
        assertThat(api().get("/api/v1/matching/demands/" + demandId)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("CLOSED");
    }

    @Test
    void aVentureThatNamesAnotherOrganizationPostsNoDemandForIt() {
        long someoneElses = newOrganization(newUser("need-owner"), "ENTERPRISE", "UZ", Map.of("en", "Not Theirs Ltd"));
        TestUser founder = newUser("need-founder");
        long venture = venture(founder, someoneElses, "Claimed Ventures " + System.nanoTime());
        created(
                founder.token(),
                "/api/v1/ventures/" + venture + "/needs",
                Map.of("kind", "SKILLS", "description", Map.of("en", "Two welders"), "quantity", 2));
        delivered();
        assertThat(demandOf(venture)).isEmpty();
        assertThat(api().get("/api/v1/matching/demands?size=100").json())
                .noneMatch(d -> d.get("organizationId").asLong() == someoneElses);
    }
}
