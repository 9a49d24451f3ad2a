package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Registration never confirms more places than the capacity, whatever arrives at once. */
class RegistrationIT extends IntegrationTest {

    @Test
    void fiveHundredAtOnceForAHundredPlacesConfirmExactlyAHundredAndQueueTheRest() throws Exception {
        AllianceSetting s = allianceSetting("Registration Rush Alliance");
        long id = event(s, 100);
        Api shared = api();
        List<Future<Api.Response>> sent = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            for (int i = 0; i < 500; i++) {
                Map<String, Object> draft = person("rush" + i);
                sent.add(pool.submit(() -> shared.post("/api/v1/events/" + id + "/registrations", draft)));
            }
            for (Future<Api.Response> f : sent) {
                Api.Response r = f.get();
                assertThat(r.status()).as(r.body()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        JsonNode all = api().token(s.secretariat().token())
                .get("/api/v1/events/" + id + "/registrations")
                .json();
        assertThat(all.size()).isEqualTo(500);
        assertThat(count(all, "CONFIRMED")).isEqualTo(100);
        assertThat(count(all, "WAITING")).isEqualTo(400);
        assertThat(new HashSet<>(all.findValuesAsString("email"))).hasSize(500);
        JsonNode event = api().get("/api/v1/events/" + id).json();
        assertThat(event.get("capacity").asInt()).isEqualTo(100);
        assertThat(event.get("placesLeft").asInt()).isZero();
        JsonNode places = api().token(s.secretariat().token())
                .get("/api/v1/events/" + id + "/places")
                .json()
                .get(0);
        assertThat(places.get("stripes").asInt())
                .as("the event's places, split into stripes that are all full")
                .isEqualTo(3);
        assertThat(places.get("taken").asInt()).isEqualTo(100);
        assertThat(places.get("held").asInt()).isEqualTo(100);

        // a cancellation hands its place to the first one waiting
        JsonNode confirmed = first(all, "CONFIRMED");
        JsonNode firstWaiting = first(all, "WAITING");
        assertThat(firstWaiting.get("waitingPosition").asInt()).isEqualTo(1);
        String cancelPath = "/api/v1/events/" + id + "/registrations/"
                + confirmed.get("token").asText();
        assertThat(api().json("DELETE", cancelPath, null).json().get("status").asText())
                .isEqualTo("CANCELLED");
        JsonNode promoted = api().get("/api/v1/events/" + id + "/registrations/"
                        + firstWaiting.get("token").asText())
                .json();
        assertThat(promoted.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(api().json("DELETE", cancelPath, null).json().get("status").asText())
                .as("cancelling twice changes nothing")
                .isEqualTo("CANCELLED");
        JsonNode after = api().token(s.secretariat().token())
                .get("/api/v1/events/" + id + "/registrations")
                .json();
        assertThat(count(after, "CONFIRMED")).isEqualTo(100);
        assertThat(count(after, "WAITING")).isEqualTo(399);

        // more places confirm the next ones waiting, in the order they came
        Map<String, Object> larger = eventDraft(s, 102);
        larger.put("version", event.get("version").asLong());
        assertThat(api().token(s.secretariat().token())
                        .put("/api/v1/events/" + id, larger)
                        .status())
                .isEqualTo(200);
        JsonNode grown = api().token(s.secretariat().token())
                .get("/api/v1/events/" + id + "/registrations")
                .json();
        assertThat(count(grown, "CONFIRMED")).isEqualTo(102);
        assertThat(first(grown, "WAITING").get("waitingPosition").asInt()).isEqualTo(1);
        Map<String, Object> smaller = eventDraft(s, 50);
        smaller.put(
                "version",
                api().get("/api/v1/events/" + id).json().get("version").asLong());
        Api.Response refused =
                api().token(s.secretariat().token()).language("zh").put("/api/v1/events/" + id, smaller);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("message").asText()).contains("102");
        assertThat(api().get("/api/v1/events/" + id).json().get("capacity").asInt())
                .isEqualTo(102);

        // further back than the first 500 waiting, a registrant is told so, not counted
        for (int i = 0; i < 103; i++) {
            assertThat(api().post("/api/v1/events/" + id + "/registrations", person("late" + i))
                            .status())
                    .isEqualTo(201);
        }
        JsonNode queue = api().token(s.secretariat().token())
                .get("/api/v1/events/" + id + "/registrations")
                .json();
        assertThat(count(queue, "WAITING")).isEqualTo(500);
        Api.Response last = api().post("/api/v1/events/" + id + "/registrations", person("last"));
        assertThat(last.json().get("status").asText()).isEqualTo("WAITING");
        assertThat(last.json().path("waitingPosition").isNumber()).isFalse();
        String lastToken = last.json().get("token").asText();
        JsonNode listed = api().token(s.secretariat().token())
                .get("/api/v1/events/" + id + "/registrations")
                .json();
        assertThat(listed.get(listed.size() - 1).get("waitingPosition").asInt())
                .as("organizers see every place")
                .isEqualTo(501);
        assertThat(Jsoup.parse(api().language("ru")
                                .get("/events/" + id + "/registrations/" + lastToken)
                                .body())
                        .select("#registration-status")
                        .text())
                .isEqualTo(
                        "Вы в листе ожидания, перед вами больше 500 человек: освободившееся место получает первый в очереди.");
        assertThat(api().get("/api/v1/events/" + id + "/registrations/"
                                + queue.get(queue.size() - 1).get("token").asText())
                        .json()
                        .get("waitingPosition")
                        .asInt())
                .isEqualTo(500);
    }

    @Test
    void aRepeatedRequestReturnsItsRegistrationAndAPersonRegistersOnce() {
        AllianceSetting s = allianceSetting("Registration Once Alliance");
        long id = event(s, 10);
        String path = "/api/v1/events/" + id + "/registrations";
        Api.Response first = api().header("Idempotency-Key", "request-1").post(path, person("once"));
        assertThat(first.status()).isEqualTo(201);
        Api.Response again = api().header("Idempotency-Key", "request-1").post(path, person("once"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));

        Map<String, Object> sameEmail = person("once");
        sameEmail.put("email", "ONCE@example.org ");
        Api.Response twice = api().language("ru").post(path, sameEmail);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("errors").get(0).get("field").asText()).isEqualTo("email");
        assertThat(twice.json().get("errors").get(0).get("message").asText()).contains("уже зарегистрирован");

        String token = first.json().get("token").asText();
        assertThat(api().json("DELETE", path + "/" + token, null).status()).isEqualTo(200);
        Api.Response back = api().post(path, person("once"));
        assertThat(back.status())
                .as("a person who cancelled may register again")
                .isEqualTo(201);
        assertThat(back.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(back.json().get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(back.json().get("token").asText()).isNotEqualTo(token);

        Map<String, Object> bad = person("bad");
        bad.put("email", "not an email");
        bad.put("category", null);
        Api.Response refused = api().post(path, bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("email", "category");
        assertThat(api().token(s.secretariat().token()).get(path).json().size())
                .as("only the one registration is stored")
                .isEqualTo(1);
        assertThat(api().token(s.outsider().token()).get(path).status()).isEqualTo(403);
        assertThat(api().get(path + "/no-such-token").status()).isEqualTo(404);
    }

    private long event(AllianceSetting s, int capacity) {
        Api.Response created = api().token(s.secretariat().token()).post("/api/v1/events", eventDraft(s, capacity));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static Map<String, Object> eventDraft(AllianceSetting s, int capacity) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", "CONFERENCE");
        draft.put("title", Map.of("en", "Registration conference " + s.alliance()));
        draft.put("allianceId", s.alliance());
        draft.put("zone", "Asia/Almaty");
        draft.put("startsAt", "2030-05-20T09:00:00");
        draft.put("endsAt", "2030-05-21T18:00:00");
        draft.put("capacity", capacity);
        return draft;
    }

    private static Map<String, Object> person(String name) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("name", name);
        draft.put("email", name + "@example.org");
        draft.put("country", "KZ");
        draft.put("category", "DELEGATE");
        return draft;
    }

    private static long count(JsonNode registrations, String status) {
        long n = 0;
        for (JsonNode r : registrations) {
            n += status.equals(r.get("status").asText()) ? 1 : 0;
        }
        return n;
    }

    private static JsonNode first(JsonNode registrations, String status) {
        for (JsonNode r : registrations) {
            if (status.equals(r.get("status").asText())) {
                return r;
            }
        }
        throw new AssertionError("no " + status);
    }
}
