package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Signed tickets: verified with the public key alone, checked in once per place, revoked on cancellation. */
class TicketsIT extends IntegrationTest {

    @Test
    void aTicketVerifiesWithThePublicKeyAloneAndChecksInOncePerPlace() throws Exception {
        AllianceSetting s = allianceSetting("Tickets Alliance");
        long id = event(s, 10);
        JsonNode aigerim = register(id, "Айгерим Садыкова", "aigerim.tickets@example.org", "KZ");
        String code = ticket(id, aigerim);
        assertThat(code).startsWith("VB1.");

        JsonNode kit = api().token(s.secretariat().token())
                .get("/api/v1/events/" + id + "/check-in-kit")
                .json();
        assertThat(kit.get("algorithm").asText()).isEqualTo("Ed25519");
        String[] parts = code.substring(4).split("\\.");
        byte[] claims = Base64.getUrlDecoder().decode(parts[0]);
        PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(
                        Base64.getDecoder().decode(kit.get("publicKey").asText())));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(claims);
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[1])))
                .as("the kit's public key verifies the ticket with no call to the platform")
                .isTrue();
        assertThat(new String(claims, java.nio.charset.StandardCharsets.UTF_8))
                .contains(
                        "\"n\":\"Айгерим Садыкова\"",
                        "\"r\":" + aigerim.get("id").asLong());

        assertThat(api().post("/api/v1/events/" + id + "/check-ins", scan(code, null))
                        .status())
                .isIn(401, 403);
        assertThat(api().token(s.outsider().token())
                        .post("/api/v1/events/" + id + "/check-ins", scan(code, null))
                        .status())
                .isEqualTo(403);
        assertThat(api().token(s.outsider().token())
                        .get("/api/v1/events/" + id + "/check-in-kit")
                        .status())
                .isEqualTo(403);

        Api.Response first = checkIn(s, id, code, null);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("ticket").get("name").asText()).isEqualTo("Айгерим Садыкова");
        assertThat(first.json().get("earlier").asBoolean()).isFalse();
        Api.Response again = checkIn(s, id, code, 0L);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("earlier").asBoolean()).isTrue();
        assertThat(again.json().get("checkedInAt")).isEqualTo(first.json().get("checkedInAt"));

        long opening = api().get("/api/v1/events/" + id)
                .json()
                .get("sessions")
                .get(0)
                .get("id")
                .asLong();
        assertThat(checkIn(s, id, code, opening).status()).isEqualTo(201);
        Api.Response nowhere = checkIn(s, id, code, 999_999L);
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(nowhere.json().get("errors").findValuesAsString("field")).containsExactly("sessionId");

        JsonNode counts = api().token(s.secretariat().token())
                .get("/api/v1/events/" + id + "/check-ins")
                .json();
        assertThat(counts.get("bySession").toString()).isEqualTo("{\"0\":1,\"" + opening + "\":1}");
        assertThat(counts.get("byCountry").toString()).isEqualTo("{\"KZ\":1}");
    }

    @Test
    void forgedAlteredForeignAndCancelledTicketsAreRefusedAndNothingIsCheckedIn() {
        AllianceSetting s = allianceSetting("Tickets Refusals Alliance");
        long id = event(s, 1);
        JsonNode wang = register(id, "王芳", "wang.fang.tickets@example.org", "CN");
        JsonNode bakyt = register(id, "Bakyt Asanov", "bakyt.tickets@example.org", "KG");
        assertThat(bakyt.get("status").asText()).isEqualTo("WAITING");
        assertThat(api().get("/api/v1/events/" + id + "/registrations/"
                                + bakyt.get("token").asText() + "/ticket")
                        .status())
                .as("a registration waiting for a place has no ticket")
                .isEqualTo(404);
        String code = ticket(id, wang);
        assertThat(api().send(
                                "DELETE",
                                "/api/v1/events/" + id + "/registrations/"
                                        + wang.get("token").asText(),
                                null,
                                null)
                        .status())
                .isEqualTo(200);

        Api.Response revoked = api().token(s.secretariat().token())
                .language("ru")
                .post("/api/v1/events/" + id + "/check-ins", scan(code, null));
        assertThat(revoked.status()).isEqualTo(400);
        assertThat(revoked.json().get("errors").findValuesAsString("message")).containsExactly("Этот билет отменён.");
        assertThat(api().token(s.secretariat().token())
                        .get("/api/v1/events/" + id + "/check-in-kit")
                        .json()
                        .get("revoked")
                        .toString())
                .isEqualTo("[" + wang.get("id").asLong() + "]");

        String valid = ticket(
                id,
                api().get("/api/v1/events/" + id + "/registrations/"
                                + bakyt.get("token").asText())
                        .json());
        String[] parts = valid.substring(4).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[0]), java.nio.charset.StandardCharsets.UTF_8);
        String altered = "VB1."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(claims.replace("Bakyt Asanov", "Bakyt Asanow")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + parts[1];
        long other = event(s, 5);
        String foreign = ticket(other, register(other, "Bakyt Asanov", "bakyt.tickets@example.org", "KG"));
        for (Map.Entry<String, String> bad : Map.of(
                        altered,
                        "This is not a genuine VocBridge ticket: its signature does not match.",
                        "VB1.abc.def",
                        "This is not a genuine VocBridge ticket: its signature does not match.",
                        "",
                        "This is not a genuine VocBridge ticket: its signature does not match.",
                        foreign,
                        "This ticket is for another event.")
                .entrySet()) {
            Api.Response refused = checkIn(s, id, bad.getKey(), null);
            assertThat(refused.status()).as(bad.getKey()).isEqualTo(400);
            assertThat(refused.json().get("errors").findValuesAsString("message"))
                    .containsExactly(bad.getValue());
        }
        assertThat(checkIn(s, id, valid, null).status())
                .as("the genuine ticket of the promoted one")
                .isEqualTo(201);
        assertThat(api().token(s.secretariat().token())
                        .get("/api/v1/events/" + id + "/check-ins")
                        .json()
                        .get("bySession")
                        .toString())
                .as("only the genuine ticket was checked in")
                .isEqualTo("{\"0\":1}");
    }

    @Test
    void theRegistrationPageShowsTheTicketAsAQrCodeOnceConfirmed() {
        AllianceSetting s = allianceSetting("Tickets Page Alliance");
        long id = event(s, 1);
        JsonNode confirmed = register(id, "Nguyễn Văn An", "an.tickets@example.org", "VN");
        JsonNode waiting = register(id, "Somchai Wong", "somchai.tickets@example.org", "TH");
        Document page = Jsoup.parse(api().language("en")
                .get("/events/" + id + "/registrations/"
                        + confirmed.get("token").asText())
                .body());
        assertThat(page.select("#ticket svg.ticket-qr path").attr("d")).startsWith("M");
        assertThat(page.select("#ticket .ticket-code").text()).isEqualTo(ticket(id, confirmed));
        Document waitingPage = Jsoup.parse(api().language("en")
                .get("/events/" + id + "/registrations/" + waiting.get("token").asText())
                .body());
        assertThat(waitingPage.select("#ticket")).isEmpty();

        assertThat(Jsoup.parse(api().get("/events/" + id).body()).select("#check-in-link"))
                .as("only organizers see the way to check-in")
                .isEmpty();
    }

    @Test
    void organizersPrintBadgesEachInItsDelegatesLanguageWithTheNameInItsOwnScript() throws Exception {
        AllianceSetting s = allianceSetting("Tickets Badges Alliance");
        long id = event(s, 2);
        api().language("ru")
                .post(
                        "/api/v1/events/" + id + "/registrations",
                        Map.of(
                                "name",
                                "Айгерим Садыкова",
                                "email",
                                "aigerim.badge@example.org",
                                "country",
                                "KZ",
                                "category",
                                "SPEAKER"));
        api().post(
                        "/api/v1/events/" + id + "/registrations",
                        Map.of(
                                "name",
                                "王芳",
                                "email",
                                "wang.badge@example.org",
                                "country",
                                "CN",
                                "category",
                                "PRESS",
                                "language",
                                "zh"));
        api().post(
                        "/api/v1/events/" + id + "/registrations",
                        Map.of("name", "Waiting Person", "email", "waiting.badge@example.org", "category", "DELEGATE"));

        assertThat(api().get("/events/" + id + "/badges.pdf").status()).isIn(302, 401, 403);
        WebSession outsider = new WebSession(baseUrl());
        outsider.signIn(s.outsider().username(), s.outsider().password());
        assertThat(outsider.get("/events/" + id + "/badges.pdf").statusCode()).isEqualTo(403);

        WebSession organizer = new WebSession(baseUrl());
        organizer.signIn(s.secretariat().username(), s.secretariat().password());
        var answer = organizer.getBytes("/events/" + id + "/badges.pdf");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(answer.body())) {
            assertThat(document.getNumberOfPages())
                    .as("one badge per confirmed registration")
                    .isEqualTo(2);
            var text = new org.apache.pdfbox.text.PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            assertThat(text.getText(document)).contains("Айгерим Садыкова", "Докладчик", "Казахстан");
            text.setStartPage(2);
            text.setEndPage(2);
            assertThat(text.getText(document)).contains("王芳", "媒体", "中国");
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            javax.imageio.ImageIO.write(
                    new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(1, 96),
                    "png",
                    new java.io.File("target/screenshots/badge-zh.png"));
        }
    }

    private long event(AllianceSetting s, int capacity) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", "CONFERENCE");
        draft.put("title", Map.of("en", "Ticketed conference " + capacity));
        draft.put("allianceId", s.alliance());
        draft.put("hosts", List.of(s.college()));
        draft.put("zone", "Asia/Almaty");
        draft.put("startsAt", "2030-05-05T09:00:00");
        draft.put("endsAt", "2030-05-05T18:00:00");
        draft.put("capacity", capacity);
        Api.Response created = api().token(s.secretariat().token()).post("/api/v1/events", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Map<String, Object> session = new HashMap<>();
        session.put("kind", "OPENING");
        session.put("title", Map.of("en", "Opening"));
        session.put("startsAt", "2030-05-05T09:00:00");
        session.put("endsAt", "2030-05-05T10:00:00");
        assertThat(api().token(s.secretariat().token())
                        .post("/api/v1/events/" + id + "/sessions", session)
                        .status())
                .isEqualTo(201);
        return id;
    }

    private JsonNode register(long id, String name, String email, String country) {
        Api.Response r = api().post(
                        "/api/v1/events/" + id + "/registrations",
                        Map.of("name", name, "email", email, "country", country, "category", "DELEGATE"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private String ticket(long id, JsonNode registration) {
        Api.Response t = api().get("/api/v1/events/" + id + "/registrations/"
                + registration.get("token").asText() + "/ticket");
        assertThat(t.status()).as(t.body()).isEqualTo(200);
        return t.json().get("code").asText();
    }

    private Api.Response checkIn(AllianceSetting s, long id, String code, Long sessionId) {
        return api().token(s.secretariat().token())
                .language("en")
                .post("/api/v1/events/" + id + "/check-ins", scan(code, sessionId));
    }

    private static Map<String, Object> scan(String code, Long sessionId) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("sessionId", sessionId);
        return body;
    }
}
