package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vocbridge.accounts.Role;
import tools.jackson.databind.JsonNode;

/** Applying to join an alliance, the secretariat's decisions, and the rotating chair. */
class MembershipIT extends IntegrationTest {

    @Test
    void anEditorAppliesAndTheSecretariatDecidesWithHistoryKept() {
        long alliance = alliance("西部五省市");
        TestUser secretariat = newUserWith("secretariat", Role.ALLIANCE_SECRETARIAT, alliance);
        TestUser editor = newUser("editor");
        long org = newOrganization(
                editor,
                "VOCATIONAL_COLLEGE",
                "CN",
                Map.of("zh", "四川交通职业技术学院", "en", "Sichuan Vocational and Technical College of Communications"));
        long membersBefore = api().get("/api/v1/alliances/" + alliance + "/counts")
                .json()
                .get("total")
                .asLong();

        JsonNode applied = api().token(editor.token())
                .post(
                        "/api/v1/alliances/" + alliance + "/memberships",
                        Map.of("organizationId", org, "role", "MEMBER", "note", "请审批"))
                .json();
        assertThat(applied.get("status").asText()).isEqualTo("APPLIED");
        long membership = applied.get("id").asLong();

        Api.Response twice = api().token(editor.token())
                .post(
                        "/api/v1/alliances/" + alliance + "/memberships",
                        Map.of("organizationId", org, "role", "MEMBER"));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("errors").get(0).get("code").asText()).isEqualTo("error.membership.exists");

        String decide = "/api/v1/alliances/" + alliance + "/memberships/" + membership + "/decisions";
        assertThat(api().token(editor.token())
                        .post(decide, Map.of("status", "APPROVED"))
                        .status())
                .isEqualTo(403);

        Api.Response noReason = api().token(secretariat.token()).post(decide, Map.of("status", "REJECTED"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");

        JsonNode approved = api().token(secretariat.token())
                .post(decide, Map.of("status", "APPROVED"))
                .json();
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(api().get("/api/v1/alliances/" + alliance + "/counts")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(membersBefore + 1);
        assertThat(api().get("/api/v1/organizations?alliance=" + alliance + "&q=" + Api.encode("四川交通"))
                        .json()
                        .get("total")
                        .asLong())
                .as("the organization is found among the alliance's members")
                .isEqualTo(1);

        Api.Response notAllowed =
                api().token(secretariat.token()).post(decide, Map.of("status", "REJECTED", "reason", "late"));
        assertThat(notAllowed.status()).isEqualTo(400);
        assertThat(notAllowed.json().get("errors").get(0).get("code").asText())
                .isEqualTo("error.membership.transition");

        JsonNode history =
                api().get("/api/v1/alliances/" + alliance + "/memberships").json();
        JsonNode ours = null;
        for (JsonNode m : history) {
            if (m.get("id").asLong() == membership) {
                ours = m;
            }
        }
        assertThat(ours).isNotNull();
        assertThat(ours.get("history").size()).isEqualTo(2);
        assertThat(ours.get("history").get(0).get("actor").asText()).isEqualTo(editor.username());
        assertThat(ours.get("history").get(1).get("actor").asText()).isEqualTo(secretariat.username());
        assertThat(ours.get("history").get(1).get("to").asText()).isEqualTo("APPROVED");
    }

    @Test
    void aRejectionKeepsItsReasonAndAnotherApplicationIsPossibleAfterwards() {
        long alliance = alliance("西部五省市");
        TestUser secretariat = newUserWith("secretariat", Role.ALLIANCE_SECRETARIAT, alliance);
        TestUser editor = newUser("editor");
        long org = newOrganization(editor, "ENTERPRISE", "CN", Map.of("en", "Chengdu Robotics Ltd"));
        long membership = api().token(editor.token())
                .post("/api/v1/alliances/" + alliance + "/memberships", Map.of("organizationId", org))
                .json()
                .get("id")
                .asLong();
        JsonNode rejected = api().token(secretariat.token())
                .post(
                        "/api/v1/alliances/" + alliance + "/memberships/" + membership + "/decisions",
                        Map.of("status", "REJECTED", "reason", "Only associations are members"))
                .json();
        assertThat(rejected.get("history").get(1).get("reason").asText()).isEqualTo("Only associations are members");
        assertThat(api().token(editor.token())
                        .post("/api/v1/alliances/" + alliance + "/memberships", Map.of("organizationId", org))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void theSecretariatHandsTheChairToAMember() {
        long alliance = alliance("西部五省市");
        TestUser secretariat = newUserWith("secretariat", Role.ALLIANCE_SECRETARIAT, alliance);
        JsonNode terms = api().get("/api/v1/alliances/" + alliance + "/chair").json();
        long currentChair = terms.get(0).get("organizationId").asLong();
        long nextChair = -1;
        for (JsonNode m :
                api().get("/api/v1/alliances/" + alliance + "/memberships").json()) {
            if (m.get("status").asText().equals("ACTIVE")
                    && m.get("organizationId").asLong() != currentChair) {
                nextChair = m.get("organizationId").asLong();
            }
        }
        LocalDate from = LocalDate.now().plusDays(1);
        Api.Response handover = api().token(secretariat.token())
                .post(
                        "/api/v1/alliances/" + alliance + "/chair",
                        Map.of("organizationId", nextChair, "from", from.toString(), "note", "会旗交接"));
        assertThat(handover.status()).isEqualTo(200);
        JsonNode after = api().get("/api/v1/alliances/" + alliance + "/chair").json();
        assertThat(after.get(0).get("organizationId").asLong()).isEqualTo(nextChair);
        assertThat(after.get(1).get("to").asText()).isEqualTo(from.minusDays(1).toString());

        TestUser outsider = newUser("outsider");
        assertThat(api().token(outsider.token())
                        .post(
                                "/api/v1/alliances/" + alliance + "/chair",
                                Map.of("organizationId", nextChair, "from", from.toString()))
                        .status())
                .isEqualTo(403);
        long notMember = newOrganization(outsider, "OTHER", "CN", Map.of("en", "Outsider Org"));
        Api.Response refused = api().token(secretariat.token())
                .post(
                        "/api/v1/alliances/" + alliance + "/chair",
                        Map.of("organizationId", notMember, "from", from.toString()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("code").asText()).isEqualTo("error.chair.notMember");
    }
}
