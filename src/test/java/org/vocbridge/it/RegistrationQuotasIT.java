package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vocbridge.events.AttendeeCategory;
import org.vocbridge.events.RegistrationStatus;
import org.vocbridge.events.RegistrationSummary;
import org.vocbridge.events.domain.Quotas;
import org.vocbridge.events.domain.RegistrationDraft;
import org.vocbridge.events.domain.Registrations;
import org.vocbridge.events.domain.WaitingListOffers;
import tools.jackson.databind.JsonNode;

/**
 * Delegations with their quotas and invitation codes, sessions with limited places, approval and
 * waiting-list offers that expire: no quota is ever exceeded, and every counter equals the places
 * held in it.
 */
class RegistrationQuotasIT extends IntegrationTest {

    @Autowired
    WaitingListOffers offers;

    @Autowired
    Quotas quotas;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Registrations registrations;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aMixOfDelegationsAndLimitedSessionsAtOnceNeverExceedsAnyQuota() throws Exception {
        AllianceSetting s = allianceSetting("Quota Mix Alliance");
        long id = event(s, eventDraft(s, 20));
        long seminar = session(s, id, 8);
        JsonNode kz = delegation(s, id, "KZ", 5);
        String code = kz.get("invitationCode").asText();
        assertThat(code).matches("[A-Z2-9]{10}");

        Api shared = api();
        List<Future<Api.Response>> sent = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (int i = 0; i < 100; i++) {
                Map<String, Object> draft = person("mix" + i);
                if (i % 2 == 0) {
                    draft.put("invitationCode", code.toLowerCase());
                    draft.remove("country");
                }
                if (i % 3 == 0) {
                    draft.put("sessionIds", List.of(seminar));
                }
                sent.add(pool.submit(() -> shared.post("/api/v1/events/" + id + "/registrations", draft)));
            }
            for (Future<Api.Response> f : sent) {
                assertThat(f.get().status()).as(f.get().body()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        JsonNode all = registrations(s, id);
        List<JsonNode> confirmed = with(all, "CONFIRMED");
        assertThat(confirmed).hasSize(20);
        List<JsonNode> delegates =
                confirmed.stream().filter(r -> r.get("delegationId").isNumber()).toList();
        assertThat(delegates)
                .as("the delegation's quota")
                .hasSizeLessThanOrEqualTo(5)
                .allSatisfy(r -> assertThat(r.get("country").asText()).isEqualTo("KZ"));
        assertThat(with(all, "WAITING")).hasSize(80);
        JsonNode places = places(s, id);
        assertThat(places.size()).isEqualTo(3);
        for (JsonNode q : places) {
            assertThat(q.get("taken").asInt())
                    .as(q.toString())
                    .isEqualTo(q.get("held").asInt());
            assertThat(q.get("taken").asInt())
                    .as(q.toString())
                    .isLessThanOrEqualTo(q.get("capacity").asInt());
        }
        assertThat(scope(places, "SESSION").get("held").asInt()).isLessThanOrEqualTo(8);
        assertThat(quotas.differences()).noneMatch(d -> d.startsWith("event " + id + " "));

        JsonNode delegations = api().token(s.secretariat().token())
                .get("/api/v1/events/" + id + "/delegations")
                .json();
        assertThat(delegations.get(0).get("registered").asInt()).isEqualTo(delegates.size());
        assertThat(delegations.get(0).get("placesLeft").asInt()).isEqualTo(5 - delegates.size());
        assertThat(api().token(s.outsider().token())
                        .get("/api/v1/events/" + id + "/delegations")
                        .status())
                .isEqualTo(403);
        assertThat(api().token(s.outsider().token())
                        .get("/api/v1/events/" + id + "/places")
                        .status())
                .isEqualTo(403);

        // the nightly check names a counter that no longer equals the places held
        String eventQuota = "update events_place_quota set taken = taken + ? where event_id = ? and scope = 'EVENT'";
        jdbc.sql(eventQuota).params(-1, id).update();
        try {
            assertThat(quotas.differences()).contains("event " + id + " EVENT " + id + ": taken 19, held 20");
        } finally {
            jdbc.sql(eventQuota).params(1, id).update();
        }
    }

    @Test
    void aLimitedSessionQueuesThoseWhoChoseItAndStaysWithTheRegistration() {
        AllianceSetting s = allianceSetting("Limited Session Alliance");
        long id = event(s, eventDraft(s, 50));
        long visit = session(s, id, 1);
        String path = "/api/v1/events/" + id + "/registrations";
        Map<String, Object> first = person("visit-first");
        first.put("sessionIds", List.of(visit));
        JsonNode a = api().post(path, first).json();
        assertThat(a.get("status").asText()).isEqualTo("CONFIRMED");
        Map<String, Object> second = person("visit-second");
        second.put("sessionIds", List.of(visit));
        JsonNode b = api().post(path, second).json();
        assertThat(b.get("status").asText())
                .as("the event has places, the session has none")
                .isEqualTo("WAITING");
        assertThat(api().post(path, person("no-visit")).json().get("status").asText())
                .isEqualTo("CONFIRMED");
        JsonNode event = api().get("/api/v1/events/" + id).json();
        assertThat(event.get("sessions").get(0).get("placesLeft").asInt()).isZero();
        assertThat(event.get("placesLeft").asInt()).isEqualTo(48);

        Api.Response dropped =
                api().language("zh").put(path + "/" + a.get("token").asText() + "/agenda", Map.of());
        assertThat(dropped.status()).isEqualTo(400);
        assertThat(dropped.json().get("errors").get(0).get("message").asText()).contains("名额有限");
        Map<String, Object> unknown = person("unknown-session");
        unknown.put("sessionIds", List.of(visit + 1000));
        Api.Response refused = api().post(path, unknown);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("sessionIds[0]");

        assertThat(api().json("DELETE", path + "/" + a.get("token").asText(), null)
                        .status())
                .isEqualTo(200);
        assertThat(api().get(path + "/" + b.get("token").asText())
                        .json()
                        .get("status")
                        .asText())
                .as("the session's freed place goes to the one waiting for it")
                .isEqualTo("CONFIRMED");
        Api.Response smaller = api().token(s.secretariat().token())
                .put("/api/v1/events/" + id + "/sessions/" + visit, sessionDraft(null));
        assertThat(smaller.status()).as("no limit of its own any more").isEqualTo(200);
        assertThat(smaller.json().get("sessions").get(0).get("capacity").isNull())
                .isTrue();
    }

    @Test
    void approvalInvitationCodesAndInvitationOnly() {
        AllianceSetting s = allianceSetting("Approval Alliance");
        Map<String, Object> draft = eventDraft(s, 10);
        draft.put("approval", true);
        long id = event(s, draft);
        String path = "/api/v1/events/" + id + "/registrations";
        JsonNode pending = api().post(path, person("asks")).json();
        assertThat(pending.get("status").asText()).isEqualTo("PENDING");
        assertThat(api().get("/api/v1/events/" + id).json().get("placesLeft").asInt())
                .as("a pending registration holds no place")
                .isEqualTo(10);
        String code = delegation(s, id, "UZ", null).get("invitationCode").asText();
        Map<String, Object> invited = person("invited");
        invited.put("invitationCode", code);
        invited.remove("country");
        JsonNode direct = api().post(path, invited).json();
        assertThat(direct.get("status").asText())
                .as("an invitation code needs no approval")
                .isEqualTo("CONFIRMED");
        assertThat(direct.get("country").asText()).isEqualTo("UZ");

        String approval = path + "/" + pending.get("token").asText() + "/approval";
        assertThat(api().token(s.outsider().token())
                        .post(approval, Map.of("approved", true))
                        .status())
                .isEqualTo(403);
        assertThat(api().post(approval, Map.of("approved", true)).status()).isEqualTo(401);
        JsonNode approved = api().token(s.secretariat().token())
                .post(approval, Map.of("approved", true))
                .json();
        assertThat(approved.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(api().get("/api/v1/events/" + id).json().get("placesLeft").asInt())
                .isEqualTo(8);
        Api.Response again =
                api().token(s.secretariat().token()).language("ru").post(approval, Map.of("approved", false));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors").get(0).get("message").asText()).contains("ожидающую одобрения");
        JsonNode other = api().post(path, person("declined")).json();
        JsonNode declined = api().token(s.secretariat().token())
                .post(path + "/" + other.get("token").asText() + "/approval", Map.of("approved", false))
                .json();
        assertThat(declined.get("status").asText()).isEqualTo("DECLINED");

        Map<String, Object> wrongCode = person("wrong-code");
        wrongCode.put("invitationCode", "NOPE");
        Api.Response wrong = api().language("zh").post(path, wrongCode);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asText()).isEqualTo("invitationCode");
        assertThat(wrong.json().get("errors").get(0).get("message").asText()).contains("邀请码");

        Map<String, Object> closed = eventDraft(s, 10);
        closed.put("invitationOnly", true);
        closed.put("title", Map.of("en", "Closed seminar " + s.alliance()));
        long closedId = event(s, closed);
        Api.Response uninvited = api().post("/api/v1/events/" + closedId + "/registrations", person("uninvited"));
        assertThat(uninvited.status()).isEqualTo(400);
        assertThat(uninvited.json().get("errors").get(0).get("field").asText()).isEqualTo("invitationCode");
        assertThat(registrations(s, id).size())
                .as("nothing stored for the refused ones")
                .isEqualTo(3);
        assertThat(registrations(s, closedId).size()).isZero();
    }

    @Test
    void aFreedPlaceIsOfferedUntilTheOfferExpiresAndThenGoesToTheNext() {
        AllianceSetting s = allianceSetting("Offer Alliance");
        Map<String, Object> draft = eventDraft(s, 1);
        draft.put("offerHours", 24);
        long id = event(s, draft);
        String path = "/api/v1/events/" + id + "/registrations";
        String a = api().post(path, person("holder")).json().get("token").asText();
        String b = api().post(path, person("second")).json().get("token").asText();
        String c = api().post(path, person("third")).json().get("token").asText();
        String d = api().post(path, person("fourth")).json().get("token").asText();

        api().json("DELETE", path + "/" + a, null);
        JsonNode offered = api().get(path + "/" + b).json();
        assertThat(offered.get("status").asText()).isEqualTo("OFFERED");
        Instant until = Instant.parse(offered.get("offerExpiresAt").asText());
        assertThat(Duration.between(Instant.now(), until)).isBetween(Duration.ofHours(23), Duration.ofHours(24));
        assertThat(api().get("/api/v1/events/" + id).json().get("placesLeft").asInt())
                .as("an offered place is held")
                .isZero();
        assertThat(api().post(path + "/" + c + "/acceptance", null).status())
                .as("no offer to the third")
                .isEqualTo(400);
        assertThat(api().post(path + "/" + b + "/acceptance", null)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("CONFIRMED");

        api().json("DELETE", path + "/" + b, null);
        assertThat(api().get(path + "/" + c).json().get("status").asText()).isEqualTo("OFFERED");
        offers.expire(Instant.now().plus(Duration.ofHours(25)));
        assertThat(api().get(path + "/" + c).json().get("status").asText()).isEqualTo("EXPIRED");
        Api.Response late = api().language("ru").post(path + "/" + c + "/acceptance", null);
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.json().get("errors").get(0).get("message").asText()).contains("истёк");
        assertThat(api().get(path + "/" + d).json().get("status").asText())
                .as("the expired offer passes to the next one waiting")
                .isEqualTo("OFFERED");
        JsonNode places = places(s, id);
        assertThat(places.get(0).get("taken").asInt()).isEqualTo(1);
        assertThat(places.get(0).get("held").asInt()).isEqualTo(1);
        assertThat(api().post(path, person("third")).json().get("status").asText())
                .as("an expired registration may register again, at the back of the queue")
                .isEqualTo("WAITING");
    }

    @Test
    void aRegistrationThatFoundNoPlaceWhileOneWasFreedIsConfirmedOnceTheFreeingCommits() {
        AllianceSetting s = allianceSetting("Freed Place Alliance");
        long id = event(s, eventDraft(s, 1));
        String path = "/api/v1/events/" + id + "/registrations";
        String first =
                api().post(path, person("freed-first")).json().get("token").asText();
        RegistrationSummary[] during = new RegistrationSummary[1];
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            registrations.cancel(id, first);
            // another request, made and committed while the cancellation is not yet committed: the
            // place is not free for it yet, and the cancellation's promotion cannot see it
            during[0] = CompletableFuture.supplyAsync(() -> registrations
                            .register(
                                    id,
                                    new RegistrationDraft(
                                            "Freed Second",
                                            "freed-second@example.org",
                                            "KZ",
                                            AttendeeCategory.DELEGATE,
                                            "ru",
                                            null,
                                            List.of()),
                                    null)
                            .registration())
                    .join();
        });
        assertThat(during[0].status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(api().get(path + "/" + during[0].token())
                        .json()
                        .get("status")
                        .asText())
                .as("promoted once the cancellation committed")
                .isEqualTo("CONFIRMED");
        JsonNode places = places(s, id);
        assertThat(places.get(0).get("taken").asInt()).isEqualTo(1);
        assertThat(places.get(0).get("held").asInt()).isEqualTo(1);
    }

    private long event(AllianceSetting s, Map<String, Object> draft) {
        Api.Response created = api().token(s.secretariat().token()).post("/api/v1/events", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long session(AllianceSetting s, long eventId, Integer capacity) {
        Api.Response added = api().token(s.secretariat().token())
                .post("/api/v1/events/" + eventId + "/sessions", sessionDraft(capacity));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode sessions = added.json().get("sessions");
        return sessions.get(sessions.size() - 1).get("id").asLong();
    }

    private JsonNode delegation(AllianceSetting s, long eventId, String country, Integer quota) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("name", Map.of("en", "Delegation " + country, "ru", "Делегация " + country));
        draft.put("country", country);
        draft.put("quota", quota);
        Api.Response created =
                api().token(s.secretariat().token()).post("/api/v1/events/" + eventId + "/delegations", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private JsonNode registrations(AllianceSetting s, long eventId) {
        return api().token(s.secretariat().token())
                .get("/api/v1/events/" + eventId + "/registrations")
                .json();
    }

    private JsonNode places(AllianceSetting s, long eventId) {
        return api().token(s.secretariat().token())
                .get("/api/v1/events/" + eventId + "/places")
                .json();
    }

    private static JsonNode scope(JsonNode places, String scope) {
        for (JsonNode q : places) {
            if (scope.equals(q.get("scope").asText())) {
                return q;
            }
        }
        throw new AssertionError("no " + scope + " quota in " + places);
    }

    private static List<JsonNode> with(JsonNode registrations, String status) {
        List<JsonNode> found = new ArrayList<>();
        registrations.forEach(r -> {
            if (status.equals(r.get("status").asText())) {
                found.add(r);
            }
        });
        return found;
    }

    private static Map<String, Object> eventDraft(AllianceSetting s, int capacity) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", "CONFERENCE");
        draft.put("title", Map.of("en", "Quota conference " + s.alliance()));
        draft.put("allianceId", s.alliance());
        draft.put("zone", "Asia/Tashkent");
        draft.put("startsAt", "2030-06-10T09:00:00");
        draft.put("endsAt", "2030-06-11T18:00:00");
        draft.put("capacity", capacity);
        return draft;
    }

    private static Map<String, Object> sessionDraft(Integer capacity) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", "SITE_VISIT");
        draft.put("title", Map.of("en", "Visit to the training centre", "zh", "参观实训中心"));
        draft.put("startsAt", "2030-06-11T14:00:00");
        draft.put("endsAt", "2030-06-11T16:00:00");
        draft.put("capacity", capacity);
        return draft;
    }

    private static Map<String, Object> person(String name) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("name", name);
        draft.put("email", name + "@example.org");
        draft.put("country", "KG");
        draft.put("category", "DELEGATE");
        return draft;
    }
}
