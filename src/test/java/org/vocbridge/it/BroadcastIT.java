package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** An event's broadcast: going on air, the recording and its chapters, viewers, the platform's HLS origin. */
class BroadcastIT extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Value("${vocbridge.live.folder}")
    Path liveFolder;

    @Test
    void organizersPutTheBroadcastOnAirAndPublishItsRecordingAndNobodyElseCan() throws Exception {
        AllianceSetting s = allianceSetting("Broadcast Alliance");
        long id = create(s, "https://cdn.example.org/kz/master.m3u8");
        long session = addSession(s, id, "Plenary <b> & co --> next", "01:00", "02:00");

        assertThat(api().get("/api/v1/events/" + id).json().get("broadcast").asText())
                .as("an event of 2024 that nobody said anything about is over by its dates")
                .isEqualTo("ENDED");
        Document ended =
                Jsoup.parse(api().language("en").get("/events/" + id + "/live").body());
        assertThat(ended.select("#live-state").text())
                .isEqualTo("The broadcast has ended; the recording is not published yet.");
        assertThat(ended.select("video")).isEmpty();

        Map<String, Object> live = broadcast("LIVE", null);
        assertThat(api().put("/api/v1/events/" + id + "/broadcast", live).status())
                .isIn(401, 403);
        assertThat(api().token(s.outsider().token())
                        .put("/api/v1/events/" + id + "/broadcast", live)
                        .status())
                .isEqualTo(403);
        for (String bad :
                List.of("http://cdn.example.org/r.m3u8", "/live/../application.m3u8", "javascript:alert(1)")) {
            Api.Response refused = api().token(s.secretariat().token())
                    .language("zh")
                    .put("/api/v1/events/" + id + "/broadcast", broadcast("LIVE", bad));
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("recordingUrl");
            assertThat(refused.json().get("errors").findValuesAsString("message"))
                    .containsExactly("地址必须以 https:// 开头，或是本平台直播源的路径（/live/…）。");
        }
        assertThat(api().get("/api/v1/events/" + id).json().get("broadcast").asText())
                .as("nothing refused is stored")
                .isEqualTo("ENDED");

        Api.Response onAir = api().token(s.secretariat().token()).put("/api/v1/events/" + id + "/broadcast", live);
        assertThat(onAir.status()).as(onAir.body()).isEqualTo(200);
        assertThat(onAir.json().get("broadcast").asText()).isEqualTo("LIVE");
        Api.Response livePage = api().language("ru").get("/events/" + id + "/live");
        Document page = Jsoup.parse(livePage.body());
        assertThat(page.select("#live-state").text()).isEqualTo("Сейчас в эфире.");
        assertThat(page.select("video#player").attr("data-src")).isEqualTo("https://cdn.example.org/kz/master.m3u8");
        assertThat(page.select("video track"))
                .as("chapters belong to a recording")
                .isEmpty();
        assertThat(livePage.header("Content-Security-Policy"))
                .as("the player may fetch the stream from its origin and play it from MediaSource")
                .contains(
                        "connect-src 'self' https://cdn.example.org;", "media-src 'self' blob: https://cdn.example.org")
                .contains("script-src 'self';", "frame-ancestors 'none'");
        assertThat(livePage.header("Cache-Control"))
                .as("an anonymous viewer's page may be kept for a second by a cache in front")
                .isEqualTo("public, max-age=1");
        assertThat(livePage.header("Vary"))
                .containsIgnoringCase("accept-language")
                .containsIgnoringCase("cookie");
        WebSession signedIn = new WebSession(baseUrl());
        signedIn.signIn(s.secretariat().username(), s.secretariat().password());
        HttpResponse<String> own = signedIn.get("/events/" + id + "/live");
        assertThat(own.body()).contains(s.secretariat().username());
        assertThat(own.headers().firstValue("Cache-Control"))
                .as("a signed-in viewer's page is theirs alone")
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(api().get("/events/" + id).header("Content-Security-Policy"))
                .as("other pages keep the platform's own policy")
                .doesNotContain("cdn.example.org");
        assertThat(Jsoup.parse(api().language("en").get("/events/" + id).body())
                        .select("#live-link")
                        .text())
                .isEqualTo("Watch the broadcast");

        Api.Response published = api().token(s.secretariat().token())
                .put("/api/v1/events/" + id + "/broadcast", broadcast(null, "/live/demo/master.m3u8"));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("broadcast").asText()).isEqualTo("ENDED");
        Document recording =
                Jsoup.parse(api().language("en").get("/events/" + id + "/live").body());
        assertThat(recording.select("#live-state").text()).isEqualTo("The broadcast has ended. Here is its recording.");
        assertThat(recording.select("video#player").attr("data-src")).isEqualTo("/live/demo/master.m3u8");
        assertThat(recording.select("video track[kind=chapters]").attr("src"))
                .startsWith("/api/v1/events/" + id + "/chapters");
        assertThat(recording.select("script[integrity]").attr("integrity")).startsWith("sha384-");

        Document sessionPage = Jsoup.parse(api().language("en")
                .get("/events/" + id + "/live?session=" + session)
                .body());
        assertThat(sessionPage.select("#live-session").text()).isEqualTo("Plenary <b> & co --> next");
        assertThat(sessionPage.select("video#player").attr("data-start"))
                .as("the session starts half an hour after the event, and so does its part of the recording")
                .isEqualTo("1800");
        assertThat(api().get("/events/" + id + "/live?session=999999").status()).isEqualTo(404);

        String chapters = api().get("/api/v1/events/" + id + "/chapters").body();
        assertThat(chapters)
                .isEqualTo("WEBVTT\n\nsession-" + session + "\n00:30:00.000 --> 01:30:00.000\n"
                        + "Plenary &lt;b&gt; &amp; co --&gt; next\n");
    }

    @Test
    void aPublishedRecordingIsCataloguedInTheLibraryOnceAndReviewedThereLikeAnyResource() {
        AllianceSetting s = allianceSetting("Recording Library Alliance");
        long id = create(s, "https://cdn.example.org/kz/master.m3u8");
        Api.Response published = api().token(s.member().token())
                .put(
                        "/api/v1/events/" + id + "/broadcast",
                        broadcast(null, "https://cdn.example.org/kz/recording.m3u8"));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        long resource = published.json().get("recordingResourceId").asLong();

        JsonNode record = api().token(s.member().token())
                .get("/api/v1/resources/" + resource)
                .json();
        assertThat(record.get("kind").asText()).isEqualTo("RECORDING");
        assertThat(record.get("status").asText())
                .as("a host's editor does not review the alliance's library: the secretariat does")
                .isEqualTo("SUBMITTED");
        assertThat(record.get("title").get("en").asText()).isEqualTo("Broadcast webinar");
        assertThat(record.get("owners").findValuesAsString("id")).containsExactly(String.valueOf(s.college()));
        assertThat(record.get("links").findValuesAsString("url")).containsExactly("/events/" + id + "/live");
        assertThat(api().get("/api/v1/resources/" + resource).status()).isEqualTo(404);
        assertThat(Jsoup.parse(api().get("/events/" + id).body()).select("#library-record"))
                .as("no link to a resource the reader cannot open")
                .isEmpty();

        Api.Response again = api().token(s.member().token())
                .put(
                        "/api/v1/events/" + id + "/broadcast",
                        broadcast(null, "https://cdn.example.org/kz/recording-2.m3u8"));
        assertThat(again.json().get("recordingResourceId").asLong())
                .as("a recording published again is the same resource")
                .isEqualTo(resource);

        Api.Response reviewed = api().token(s.secretariat().token())
                .post("/api/v1/resources/" + resource + "/review", Map.of("decision", "PUBLISH"));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        for (String page : List.of("/events/" + id, "/events/" + id + "/live")) {
            Document zh = Jsoup.parse(api().language("zh").get(page).body());
            assertThat(zh.select("#library-record").attr("href")).as(page).isEqualTo("/library/" + resource);
            assertThat(zh.select("#library-record").text()).as(page).isEqualTo("图书馆中的录像");
        }
        Document libraryPage =
                Jsoup.parse(api().language("ru").get("/library/" + resource).body());
        assertThat(libraryPage.select("a[href=/events/" + id + "/live]").text()).isEqualTo("Смотреть на VocBridge");
    }

    @Test
    void theKunmingRecordingHasTheAgendaAsChaptersInTheReadersLanguage() {
        JsonNode kunming = kunmingRoundtable();
        assertThat(kunming.get("broadcast").asText()).isEqualTo("ENDED");
        assertThat(kunming.get("recordingUrl").asText()).isEqualTo("/live/demo/master.m3u8");
        JsonNode recording = api().get("/api/v1/resources/"
                        + kunming.get("recordingResourceId").asLong())
                .json();
        assertThat(recording.get("kind").asText()).isEqualTo("RECORDING");
        assertThat(recording.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(recording.get("language").asText())
                .as("the language most of the roundtable's sessions were held in")
                .isEqualTo("zh");
        Api.Response vtt = api().get("/api/v1/events/" + kunming.get("id").asLong() + "/chapters?lang=zh");
        assertThat(vtt.header("Content-Type")).startsWith("text/vtt");
        List<String> cues = List.of(vtt.body().split("\n\n"));
        assertThat(cues.get(0)).isEqualTo("WEBVTT");
        assertThat(cues).hasSize(7);
        assertThat(cues.get(1)).endsWith("\n00:00:00.000 --> 00:40:00.000\n开幕式：上合组织秘书长诺罗夫致辞");
        assertThat(cues.get(2))
                .as("the exhibition, open all day, is a chapter from the start")
                .endsWith("\n00:00:00.000 --> 08:30:00.000\n职业教育与青年创新成果展");
        assertThat(cues.get(3)).endsWith("\n01:00:00.000 --> 02:30:00.000\n信息时代职业教育的机遇与挑战");
        Document page = Jsoup.parse(api().language("ru")
                .get("/events/" + kunming.get("id").asLong() + "/live")
                .body());
        assertThat(page.select(".chapters li").eachText())
                .first()
                .asString()
                .isEqualTo("0:00:00 Открытие: Генеральный секретарь ШОС Владимир Норов");
    }

    @Test
    void viewersAreCountedPerCountryWithNothingElseKept() throws Exception {
        AllianceSetting s = allianceSetting("Broadcast Viewers Alliance");
        long id = create(s, null);
        assertThat(api().post("/api/v1/events/" + id + "/viewers", Map.of("country", "kz"))
                        .status())
                .isEqualTo(204);
        assertThat(api().post("/api/v1/events/" + id + "/viewers", Map.of("country", "KZ"))
                        .status())
                .isEqualTo(204);
        assertThat(api().post("/api/v1/events/" + id + "/viewers", new HashMap<>())
                        .status())
                .isEqualTo(204);
        Api.Response refused =
                api().language("ru").post("/api/v1/events/" + id + "/viewers", Map.of("country", "Atlantis"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("country");
        assertThat(api().post("/api/v1/events/999999/viewers", Map.of("country", "KZ"))
                        .status())
                .isEqualTo(404);

        JsonNode counts = api().get("/api/v1/events/" + id + "/viewers").json();
        assertThat(counts.toString()).isEqualTo("{\"KZ\":2,\"ZZ\":1}");
        api().token(s.secretariat().token())
                .put("/api/v1/events/" + id + "/broadcast", broadcast(null, "/live/demo/master.m3u8"));
        Document page =
                Jsoup.parse(api().language("en").get("/events/" + id + "/live").body());
        assertThat(page.select("#viewers tbody tr").eachText()).containsExactly("Kazakhstan 2", "country not given 1");

        List<String> columns = new ArrayList<>();
        try (var connection = dataSource.getConnection();
                var rs = connection.getMetaData().getColumns(null, null, "%", null)) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase("events_viewing")) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase());
                }
            }
        }
        assertThat(columns)
                .as("a viewing keeps its event, country and time, never an address")
                .containsExactlyInAnyOrder("id", "event_id", "country", "started_at");
    }

    @Test
    void theLiveOriginServesPlaylistsBrieflyAndSegmentsForADayToAnySite() throws Exception {
        Api.Response master = api().get("/live/demo/master.m3u8");
        assertThat(master.status()).isEqualTo(200);
        assertThat(master.header("Content-Type")).startsWith("application/vnd.apple.mpegurl");
        assertThat(master.header("Cache-Control")).isEqualTo("public, max-age=1");
        assertThat(master.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(master.body())
                .contains(
                        "TYPE=AUDIO,GROUP-ID=\"interpretation\",LANGUAGE=\"zh\",NAME=\"中文\"",
                        "LANGUAGE=\"ru\",NAME=\"Русский\"",
                        "LANGUAGE=\"en\",NAME=\"English\"",
                        "AUDIO=\"interpretation\"");
        Api.Response segment = api().get("/live/demo/video-0.ts");
        assertThat(segment.status()).isEqualTo(200);
        assertThat(segment.header("Content-Type")).isEqualTo("video/mp2t");
        assertThat(segment.header("Cache-Control")).isEqualTo("public, max-age=86400");

        // what an encoder writes into the live folder is served as it is written
        Path broadcast = Files.createDirectories(liveFolder.resolve("broadcast-it"));
        Files.writeString(broadcast.resolve("index.m3u8"), "#EXTM3U\n#EXT-X-TARGETDURATION:4\n");
        Api.Response written = api().get("/live/broadcast-it/index.m3u8");
        assertThat(written.status()).isEqualTo(200);
        assertThat(written.body()).startsWith("#EXTM3U");

        for (String outside : List.of(
                "/live/../application.properties",
                "/live/%2e%2e/application.properties",
                "/live/demo/..%2f..%2fapplication.properties")) {
            assertThat(api().get(outside).status()).as(outside).isIn(400, 404);
        }
    }

    private static Map<String, Object> broadcast(String state, String recordingUrl) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("state", state);
        draft.put("recordingUrl", recordingUrl);
        return draft;
    }

    private long create(AllianceSetting s, String streamUrl) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", "WEBINAR");
        draft.put("title", Map.of("en", "Broadcast webinar"));
        draft.put("online", true);
        draft.put("streamUrl", streamUrl);
        draft.put("allianceId", s.alliance());
        draft.put("hosts", List.of(s.college()));
        draft.put("zone", "Asia/Almaty");
        draft.put("startsAt", "2024-03-05T00:30:00");
        draft.put("endsAt", "2024-03-05T18:00:00");
        Api.Response created = api().token(s.secretariat().token()).post("/api/v1/events", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long addSession(AllianceSetting s, long id, String title, String from, String to) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", "PLENARY");
        draft.put("title", Map.of("en", title));
        draft.put("startsAt", "2024-03-05T" + from + ":00");
        draft.put("endsAt", "2024-03-05T" + to + ":00");
        Api.Response added = api().token(s.secretariat().token()).post("/api/v1/events/" + id + "/sessions", draft);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("sessions").get(0).get("id").asLong();
    }
}
