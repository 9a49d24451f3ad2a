package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EventsIT extends IntegrationTest {

    private static final String LONG_ZH_TITLE = "第一届中国—上海合作组织职业教育发展大会开幕式暨主旨演讲与职业院校国际合作项目签约仪式";

    @Test
    void organizersWriteEventsAndEveryoneElseIsRefusedWithNothingStored() {
        AllianceSetting s = allianceSetting("Events Organizers Alliance");
        Map<String, Object> draft = event(s, "Almaty roundtable");
        assertThat(api().post("/api/v1/events", draft).status()).isIn(401, 403);
        assertThat(api().token(s.outsider().token())
                        .post("/api/v1/events", draft)
                        .status())
                .isEqualTo(403);
        long before = api().get("/api/v1/events?size=1").json().get("total").asLong();

        Map<String, Object> bad = new HashMap<>(draft);
        bad.put("zone", "Asia/Atlantis");
        bad.put("endsAt", "2024-03-04T09:00:00");
        Api.Response refused =
                api().token(s.secretariat().token()).language("ru").post("/api/v1/events", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("zone");
        assertThat(refused.json().get("errors").findValuesAsString("message"))
                .anyMatch(m -> m.contains("Неизвестный часовой пояс"));
        assertThat(api().get("/api/v1/events?size=1").json().get("total").asLong())
                .as("a refused event is not stored")
                .isEqualTo(before);

        long id = create(s, draft);
        Map<String, Object> session = session("01:00", "02:00");
        session.put("language", "xx-notalanguage");
        assertThat(api().token(s.secretariat().token())
                        .post("/api/v1/events/" + id + "/sessions", session)
                        .status())
                .isEqualTo(400);
        assertThat(api().token(s.outsider().token())
                        .post("/api/v1/events/" + id + "/sessions", session("01:00", "02:00"))
                        .status())
                .isEqualTo(403);
        assertThat(api().get("/api/v1/events/" + id).json().get("sessions").size())
                .isZero();

        JsonNode stale = api().get("/api/v1/events/" + id).json();
        Map<String, Object> renamed = new HashMap<>(draft);
        renamed.put("version", stale.get("version").asLong());
        assertThat(api().token(s.secretariat().token())
                        .put("/api/v1/events/" + id, renamed)
                        .status())
                .isEqualTo(200);
        assertThat(api().token(s.secretariat().token())
                        .put("/api/v1/events/" + id, renamed)
                        .status())
                .as("an edit made on a version already changed")
                .isEqualTo(409);
    }

    @Test
    void anAgendaInAlmatyLandsOnTheRightDayAndOffsetWhereverItIsRead() {
        AllianceSetting s = allianceSetting("Events Zones Alliance");
        long id = create(s, event(s, "Almaty night session"));
        // 01:00 in Almaty on 5 March 2024, a week after Kazakhstan moved to UTC+5
        JsonNode event = addSession(s, id, session("01:00", "02:00"));
        JsonNode night = event.get("sessions").get(0);
        assertThat(night.get("startsAt").asText()).isEqualTo("2024-03-05T01:00:00");
        assertThat(night.get("startsUtc").asText()).isEqualTo("2024-03-04T20:00:00Z");

        Document almaty = Jsoup.parse(api().language("en").get("/events/" + id).body());
        assertThat(almaty.select(".day h3").eachText()).containsExactly("Tuesday, March 5, 2024");
        assertThat(almaty.select(".sessions .time").first().text()).isEqualTo("01:00–02:00 UTC+05:00");
        assertThat(almaty.select(".local-time")).isEmpty();

        Document kolkata = Jsoup.parse(
                api().language("en").get("/events/" + id + "?tz=Asia/Kolkata").body());
        assertThat(kolkata.select(".day h3").eachText()).containsExactly("Tuesday, March 5, 2024");
        assertThat(kolkata.select(".sessions .time").first().text()).isEqualTo("01:30–02:30 UTC+05:30");

        Document moscow = Jsoup.parse(
                api().language("ru").get("/events/" + id + "?tz=Europe/Moscow").body());
        assertThat(moscow.select(".day h3").eachText())
                .as("in Moscow the session starts before midnight, on the day before")
                .containsExactly("понедельник, 4 марта 2024 г.");
        assertThat(moscow.select(".sessions .time").first().text()).isEqualTo("23:00–00:00 UTC+03:00");
        assertThat(moscow.select(".local-time").first().text()).contains("2024-03-05 01:00", "Asia/Almaty");
        assertThat(moscow.select("#agenda-zone").text()).contains("Europe/Moscow", "Asia/Almaty");
    }

    @Test
    void theCalendarIsValidFoldedByOctetsAndRaisesTheSequenceWhenASessionMoves() throws Exception {
        AllianceSetting s = allianceSetting("Events Calendar Alliance");
        long id = create(s, event(s, "Calendar conference"));
        Map<String, Object> draft = session("10:00", "11:30");
        draft.put("title", Map.of("zh", LONG_ZH_TITLE, "en", "Opening and signing"));
        long sessionId =
                addSession(s, id, draft).get("sessions").get(0).get("id").asLong();

        Api.Response first = api().language("zh").get("/api/v1/events/" + id + "/calendar");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Content-Type")).isEqualToIgnoringCase("text/calendar;charset=utf-8");
        for (String line : first.body().split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                    .as("octets of line %s", line)
                    .isLessThanOrEqualTo(75);
        }
        assertThat(first.body().getBytes(StandardCharsets.UTF_8))
                .as("whole characters only")
                .isEqualTo(first.raw().body());
        Calendar calendar = new CalendarBuilder().build(new StringReader(first.body()));
        calendar.validate();
        VEvent vevent = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(vevent.getSummary().getValue()).isEqualTo(LONG_ZH_TITLE);
        assertThat(vevent.getUid().orElseThrow().getValue()).isEqualTo("session-" + sessionId + "@vocbridge");
        assertThat(vevent.getSequence().getSequenceNo()).isZero();
        assertThat(first.body()).contains("DTSTART;TZID=Asia/Almaty:20240305T100000");
        List<String> zones = new ArrayList<>();
        calendar.<VTimeZone>getComponents("VTIMEZONE")
                .forEach(z -> zones.add(z.getTimeZoneId().getValue()));
        assertThat(zones).as("a VTIMEZONE for every TZID").containsExactly("Asia/Almaty");
        assertThat(first.body()).contains("REFRESH-INTERVAL;VALUE=DURATION:PT6H");

        Map<String, Object> retitled = new HashMap<>(draft);
        retitled.put("title", Map.of("zh", LONG_ZH_TITLE, "en", "Opening, keynotes and signing"));
        put(s, id, sessionId, retitled);
        assertThat(sequence(id)).as("a new title is no change of time or place").isZero();
        Map<String, Object> moved = new HashMap<>(retitled);
        moved.put("startsAt", "2024-03-05T11:00:00");
        moved.put("endsAt", "2024-03-05T12:30:00");
        put(s, id, sessionId, moved);
        assertThat(sequence(id)).isEqualTo(1);
        String second =
                api().language("en").get("/api/v1/events/" + id + "/calendar").body();
        assertThat(second)
                .contains("DTSTART;TZID=Asia/Almaty:20240305T110000", "SUMMARY:Opening\\, keynotes and signing");
    }

    @Test
    void theDemoEventsOfTheSourceArticlesAreListed() {
        JsonNode past = api().get("/api/v1/events?when=PAST&size=100").json();
        List<String> titles = new ArrayList<>();
        past.get("items").forEach(e -> titles.add(e.get("title").get("en").asText()));
        assertThat(titles)
                .contains(
                        "Founding ceremony of the Yangtze Workshop",
                        "Development of SCO Vocational Education, Innovation and Entrepreneurship: roundtable");
        JsonNode kunming = null;
        for (JsonNode e : past.get("items")) {
            if (e.get("startsAt").asText().startsWith("2020-12-05")) {
                kunming = e;
            }
        }
        assertThat(kunming).isNotNull();
        assertThat(kunming.get("sessions").size()).isEqualTo(6);
        assertThat(kunming.get("hosts").get(0).get("name").get("en").asText())
                .isEqualTo("People's Government of Kunming");
        long host = kunming.get("hosts").get(0).get("id").asLong();
        JsonNode hosted =
                api().get("/api/v1/events?when=PAST&organization=" + host).json();
        assertThat(hosted.get("items").size()).isEqualTo(1);
        assertThat(hosted.get("items").get(0).get("id")).isEqualTo(kunming.get("id"));
        Document hostPage =
                Jsoup.parse(api().language("en").get("/organizations/" + host).body());
        assertThat(hostPage.select("a[href=/events/" + kunming.get("id").asText() + "]")
                        .text())
                .as("the host's page names the events it hosts")
                .contains("roundtable");
        JsonNode upcoming = api().get("/api/v1/events?size=100").json();
        assertThat(upcoming.get("items").findValuesAsString("zone")).isNotEmpty();
        assertThat(upcoming.toString()).contains("First China–SCO TVET Development Conference");

        // the global search finds events by a word inside a Chinese title and by a Russian word form
        for (String q : List.of("圆桌会", "круглом столе")) {
            JsonNode found =
                    api().get("/api/v1/search?type=event&q=" + Api.encode(q)).json();
            assertThat(found.get("hits").findValuesAsString("url"))
                    .as(q)
                    .contains("/events/" + kunming.get("id").asLong());
        }
        JsonNode hit = api().language("en")
                .get("/api/v1/search?type=event&q=" + Api.encode("entrepreneurship roundtable"))
                .json()
                .get("hits")
                .get(0)
                .get("hit");
        assertThat(hit.get("subtitle").asText()).isEqualTo("2020-12-05 (Asia/Shanghai)");

        Document list =
                Jsoup.parse(api().language("zh").get("/events?when=PAST").body());
        assertThat(list.select(".records a").eachText()).contains("“长江工坊”成立仪式");
    }

    @Test
    void sessionsNameTheirPeopleAndTheAgreementsSignedThereAndNothingUnknown() {
        JsonNode yangtze = null;
        for (JsonNode e : api().get("/api/v1/events?when=PAST&size=100").json().get("items")) {
            if (e.get("title").get("en").asText().equals("Founding ceremony of the Yangtze Workshop")) {
                yangtze = e;
            }
        }
        assertThat(yangtze).isNotNull();
        JsonNode opening = yangtze.get("sessions").get(0);
        assertThat(opening.get("people").findValuesAsString("role")).containsExactly("SPEAKER", "SPEAKER");
        assertThat(opening.get("people").findValues("name").stream()
                        .map(n -> n.get("en").asText()))
                .containsExactly("Zhang Zhikui", "Song Wen");
        JsonNode signing = yangtze.get("sessions").get(1);
        assertThat(signing.get("kind").asText()).isEqualTo("SIGNING_CEREMONY");
        assertThat(signing.get("agreements").findValuesAsString("signedOn"))
                .as("the nine agreements signed at the ceremony")
                .hasSize(9)
                .containsOnly("2023-12-12");

        Document page = Jsoup.parse(api().language("zh")
                .get("/events/" + yangtze.get("id").asLong())
                .body());
        assertThat(page.select("li[data-session=" + signing.get("id").asLong() + "] a[href^=/agreements/]"))
                .hasSize(9);
        assertThat(page.select("li[data-session=" + signing.get("id").asLong() + "] .session-links .muted")
                        .text())
                .isEqualTo("在此签署的协议（9 项）");
        assertThat(page.select("li[data-session=" + opening.get("id").asLong() + "] .session-people a")
                        .eachAttr("href"))
                .allMatch(href -> href.startsWith("/people/"))
                .hasSize(2);

        AllianceSetting s = allianceSetting("Events People Alliance");
        long id = create(s, event(s, "Session links"));
        Map<String, Object> session = session("09:00", "10:00");
        session.put("people", List.of(Map.of("personId", 999_999, "role", "SPEAKER"), Map.of("personId", 1)));
        session.put("materials", List.of(999_999));
        session.put("agreements", List.of(999_999));
        Api.Response refused =
                api().token(s.secretariat().token()).language("ru").post("/api/v1/events/" + id + "/sessions", session);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("people[0].personId", "people[1].role", "materials[0]", "agreements[0]");
        assertThat(refused.json().get("errors").findValuesAsString("message"))
                .contains("Неизвестный человек: выберите из справочника.");
        assertThat(api().get("/api/v1/events/" + id).json().get("sessions").size())
                .as("nothing refused is stored")
                .isZero();
    }

    @Test
    void theScheduleKeepsAPublicLogOfWhatMovedAndWasRemoved() {
        AllianceSetting s = allianceSetting("Events Change Log Alliance");
        long id = create(s, event(s, "Changing conference"));
        long keynote = addSession(s, id, session("10:00", "11:00"))
                .get("sessions")
                .get(0)
                .get("id")
                .asLong();
        JsonNode both = addSession(s, id, session("14:00", "15:00"));
        long afternoon = both.get("sessions").get(1).get("id").asLong();
        assertThat(both.get("changes").size())
                .as("a session added is on the agenda, not a change")
                .isZero();

        Map<String, Object> moved = session("11:00", "12:00");
        moved.put("room", "Hall B");
        assertThat(api().token(s.outsider().token())
                        .put("/api/v1/events/" + id + "/sessions/" + keynote, moved)
                        .status())
                .isEqualTo(403);
        put(s, id, keynote, moved);
        assertThat(api().token(s.secretariat().token())
                        .send("DELETE", "/api/v1/events/" + id + "/sessions/" + afternoon, null, null)
                        .status())
                .isEqualTo(200);
        Map<String, Object> later = event(s, "Changing conference");
        later.put("startsAt", "2024-03-06T00:30:00");
        later.put("endsAt", "2024-03-06T18:00:00");
        later.put(
                "version",
                api().get("/api/v1/events/" + id).json().get("version").asLong());
        assertThat(api().token(s.secretariat().token())
                        .put("/api/v1/events/" + id, later)
                        .status())
                .isEqualTo(200);

        JsonNode changes = api().get("/api/v1/events/" + id).json().get("changes");
        assertThat(changes.findValuesAsString("kind"))
                .as("the latest first; the outsider's refused move is not there")
                .containsExactly("EVENT_MOVED", "SESSION_REMOVED", "SESSION_MOVED");
        JsonNode move = changes.get(2);
        assertThat(move.get("sessionId").asLong()).isEqualTo(keynote);
        assertThat(move.get("fromStarts").asText()).isEqualTo("2024-03-05T10:00:00");
        assertThat(move.get("toStarts").asText()).isEqualTo("2024-03-05T11:00:00");
        assertThat(move.get("fromRoom").asText()).isEqualTo("Hall A");
        assertThat(move.get("toRoom").asText()).isEqualTo("Hall B");

        Document page = Jsoup.parse(api().language("en").get("/events/" + id).body());
        assertThat(page.select("#changes li span").eachText())
                .containsExactly(
                        "The event moved from 2024-03-05 00:30–18:00 to 2024-03-06 00:30–18:00.",
                        "Keynote 14:00 (2024-03-05 14:00–15:00, Hall A) was removed from the agenda.",
                        "Keynote 11:00: moved from 2024-03-05 10:00–11:00, Hall A to 2024-03-05 11:00–12:00, Hall B.");
        Document ru = Jsoup.parse(api().language("ru").get("/events/" + id).body());
        assertThat(ru.select("#changes h2").text()).isEqualTo("Изменения расписания");
        assertThat(ru.select("#changes li span").eachText().get(2)).contains("перенесено с 2024-03-05 10:00–11:00");
    }

    @Test
    void aSessionAndAPersonalAgendaHaveCalendarFeedsOfTheirOwn() throws Exception {
        AllianceSetting s = allianceSetting("Events Feeds Alliance");
        long id = create(s, event(s, "Feeds conference"));
        addSession(s, id, session("09:00", "10:00"));
        long afternoon = addSession(s, id, session("14:00", "15:00"))
                .get("sessions")
                .get(1)
                .get("id")
                .asLong();

        Calendar one = parsed(api().get("/api/v1/events/" + id + "/sessions/" + afternoon + "/calendar"));
        assertThat(one.<VEvent>getComponents("VEVENT").stream()
                        .map(e -> e.getUid().orElseThrow().getValue()))
                .containsExactly("session-" + afternoon + "@vocbridge");
        assertThat(one.<VTimeZone>getComponents("VTIMEZONE")).hasSize(1);
        assertThat(api().get("/api/v1/events/" + id + "/sessions/999999/calendar")
                        .status())
                .isEqualTo(404);

        Api.Response registered = api().post(
                        "/api/v1/events/" + id + "/registrations",
                        Map.of("name", "Feed Reader", "email", "feed.reader@example.org", "category", "OBSERVER"));
        String token = registered.json().get("token").asText();
        String feed = "/api/v1/events/" + id + "/registrations/" + token + "/calendar";
        assertThat(parsed(api().get(feed)).<VEvent>getComponents("VEVENT"))
                .as("the whole event while nothing is chosen")
                .hasSize(2);

        Api.Response refused = api().put(
                        "/api/v1/events/" + id + "/registrations/" + token + "/agenda",
                        Map.of("sessionIds", List.of(afternoon, 999_999)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("sessionIds[1]");
        Api.Response chosen = api().put(
                        "/api/v1/events/" + id + "/registrations/" + token + "/agenda",
                        Map.of("sessionIds", List.of(afternoon)));
        assertThat(chosen.status()).isEqualTo(200);
        Api.Response mine = api().get(feed);
        assertThat(mine.body()).contains("REFRESH-INTERVAL;VALUE=DURATION:PT6H");
        assertThat(parsed(mine).<VEvent>getComponents("VEVENT").stream()
                        .map(e -> e.getUid().orElseThrow().getValue()))
                .containsExactly("session-" + afternoon + "@vocbridge");
        Document page = Jsoup.parse(api().language("en")
                .get("/events/" + id + "/registrations/" + token)
                .body());
        assertThat(page.select("#agenda input[checked]").eachAttr("value")).containsExactly(String.valueOf(afternoon));
        assertThat(page.select("#agenda-feed").attr("href")).startsWith(feed);

        api().send("DELETE", "/api/v1/events/" + id + "/registrations/" + token, null, null);
        assertThat(api().get(feed).status())
                .as("a cancelled registration has no agenda")
                .isEqualTo(404);
    }

    private static Calendar parsed(Api.Response response) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualToIgnoringCase("text/calendar;charset=utf-8");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        calendar.validate();
        return calendar;
    }

    private Map<String, Object> event(AllianceSetting s, String title) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", "ROUNDTABLE");
        draft.put("title", Map.of("en", title, "ru", title + " (ru)"));
        draft.put("venue", Map.of("en", "Almaty"));
        draft.put("allianceId", s.alliance());
        draft.put("hosts", List.of(s.college()));
        draft.put("zone", "Asia/Almaty");
        draft.put("startsAt", "2024-03-05T00:30:00");
        draft.put("endsAt", "2024-03-05T18:00:00");
        return draft;
    }

    private static Map<String, Object> session(String from, String to) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", "KEYNOTE");
        draft.put("title", Map.of("en", "Keynote " + from));
        draft.put("room", "Hall A");
        draft.put("startsAt", "2024-03-05T" + from + ":00");
        draft.put("endsAt", ("00:00".equals(to) ? "2024-03-06T" : "2024-03-05T") + to + ":00");
        draft.put("language", "ru");
        draft.put("interpretation", List.of("zh", "en"));
        return draft;
    }

    private long create(AllianceSetting s, Map<String, Object> draft) {
        Api.Response created = api().token(s.secretariat().token()).post("/api/v1/events", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private JsonNode addSession(AllianceSetting s, long id, Map<String, Object> draft) {
        Api.Response added = api().token(s.secretariat().token()).post("/api/v1/events/" + id + "/sessions", draft);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json();
    }

    private void put(AllianceSetting s, long id, long sessionId, Map<String, Object> draft) {
        Api.Response changed =
                api().token(s.secretariat().token()).put("/api/v1/events/" + id + "/sessions/" + sessionId, draft);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    private int sequence(long id) {
        return api().get("/api/v1/events/" + id)
                .json()
                .get("sessions")
                .get(0)
                .get("sequence")
                .asInt();
    }
}
