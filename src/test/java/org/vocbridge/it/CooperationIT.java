package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.vocbridge.accounts.Role;
import org.vocbridge.shared.files.FileStorage;
import org.vocbridge.testing.SystemComponents;
import tools.jackson.databind.JsonNode;

/** Agreements from draft to signed, their documents, reports and outputs, and what alliances show of them. */
class CooperationIT extends IntegrationTest {

    static final byte[] PDF = org.vocbridge.testing.TestPdf.of("Cooperation agreement");

    /** Two organizations, each with its own editor. */
    record Parties(TestUser first, long firstId, TestUser second, long secondId) {}

    Parties parties(String country) {
        TestUser first = newUser("coop-a");
        long firstId = newOrganization(first, "VOCATIONAL_COLLEGE", "CN", Map.of("zh", "重庆测试职业学院"));
        TestUser second = newUser("coop-b");
        long secondId = newOrganization(second, "UNIVERSITY", country, Map.of("en", "Partner University"));
        return new Parties(first, firstId, second, secondId);
    }

    static Map<String, Object> draft(String title, Long alliance, long lead, long partner) {
        Map<String, Object> draft = new java.util.HashMap<>();
        draft.put("title", Map.of("en", title, "zh", "合作协议 " + title));
        draft.put("allianceId", alliance);
        draft.put(
                "parties",
                List.of(
                        Map.of("organizationId", lead, "role", "LEAD"),
                        Map.of("organizationId", partner, "role", "PARTNER")));
        draft.put("types", List.of("JOINT_TRAINING", "TEACHER_DEVELOPMENT"));
        draft.put("fields", List.of("0714"));
        draft.put("startsOn", "2024-01-01");
        draft.put("endsOn", "2028-12-31");
        draft.put(
                "programmes",
                List.of(Map.of(
                        "name", Map.of("en", "Electronics 2+2"),
                        "stages",
                                List.of(
                                        Map.of("organizationId", lead, "years", 2),
                                        Map.of("organizationId", partner, "years", 2)),
                        "intakePerYear", 30,
                        "languages", List.of("zh", "en"))));
        return draft;
    }

    static Map<String, Object> move(String status, Map<String, Object> signing) {
        Map<String, Object> move = new java.util.HashMap<>();
        move.put("status", status);
        if (status.equals("NEGOTIATING")) {
            // recorded late: the talks began before the signing
            move.put("effectiveOn", "2023-11-01");
        }
        if (signing != null) {
            move.put("signing", signing);
        }
        return move;
    }

    static final Map<String, Object> SIGNING = Map.of(
            "signedOn", "2023-12-12", "signatories", "Rector A\nPresident B", "place", Map.of("en", "Yongchuan"));

    static List<String> errorCodes(Api.Response response) {
        List<String> codes = new ArrayList<>();
        response.json().get("errors").forEach(e -> codes.add(e.get("code").asText()));
        return codes;
    }

    @Test
    void anOrganizationsPageListsTheAgreementsNamingItOnceTheyArePublic() {
        Parties p = parties("LA");
        long id = api().token(p.first().token())
                .post("/api/v1/agreements", draft("Mentioned agreement", null, p.firstId(), p.secondId()))
                .json()
                .get("id")
                .asLong();
        String page = "/organizations/" + p.secondId() + "?lang=ru";
        // a draft is the parties' own: the organization's public page does not name it
        assertThat(api().get(page).body()).doesNotContain("Mentioned agreement");
        api().token(p.first().token()).post("/api/v1/agreements/" + id + "/transitions", move("NEGOTIATING", null));
        assertThat(api().token(p.second().token())
                        .post("/api/v1/agreements/" + id + "/transitions", move("SIGNED", SIGNING))
                        .status())
                .isEqualTo(200);
        org.jsoup.nodes.Document signed = org.jsoup.Jsoup.parse(api().get(page).body());
        assertThat(signed.select("section.mentions h2").eachText()).contains("Её соглашения");
        assertThat(signed.select("section.mentions a[href=/agreements/" + id + "]")
                        .text())
                .startsWith("Mentioned agreement");
        assertThat(signed.select("section.mentions li").text()).contains("2023");
        assertThat(signed.select("section.mentions a[href=/agreements?organization=" + p.secondId() + "]"))
                .hasSize(1);
        assertThat(api().get("/organizations/" + p.firstId() + "?lang=en").body())
                .contains("Mentioned agreement");
    }

    @Test
    void agreementsAreListedNewestSignedFirstOrOldestOrRecentlyChanged() {
        Parties p = parties("TH");
        Api first = api().token(p.first().token());
        JsonNode one = first.post("/api/v1/agreements", draft("Order one", null, p.firstId(), p.secondId()))
                .json();
        JsonNode two = first.post("/api/v1/agreements", draft("Order two", null, p.firstId(), p.secondId()))
                .json();
        String list = "/api/v1/agreements?organization=" + p.firstId();
        assertThat(titles(first.get(list).json())).containsExactly("Order two", "Order one");
        assertThat(titles(first.get(list + "&sort=SIGNED_OLDEST").json())).containsExactly("Order one", "Order two");
        Map<String, Object> change = draft("Order one, changed", null, p.firstId(), p.secondId());
        change.put("version", one.get("version").asLong());
        assertThat(first.put("/api/v1/agreements/" + one.get("id").asLong(), change)
                        .status())
                .isEqualTo(200);
        assertThat(titles(first.get(list + "&sort=UPDATED").json())).containsExactly("Order one, changed", "Order two");
        assertThat(two.get("id").asLong()).isGreaterThan(one.get("id").asLong());
        // the page offers the orders in the reader's language and keeps the one chosen
        String page = first.get("/agreements?organization=" + p.firstId() + "&sort=UPDATED&lang=ru")
                .body();
        assertThat(page)
                .contains("<option value=\"UPDATED\" selected=\"selected\">сначала недавно изменённые</option>");
        assertThat(first.get(list + "&sort=NONSENSE").status()).isEqualTo(400);
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new java.util.ArrayList<>();
        page.get("items").forEach(a -> titles.add(a.get("title").get("en").asText()));
        return titles;
    }

    @Test
    void aDraftIsSeenOnlyByItsPartiesUntilSignedAndMovesOnlyAsAllowed() {
        Parties p = parties("MY");
        Api.Response created = api().token(p.first().token())
                .post("/api/v1/agreements", draft("Draft one", null, p.firstId(), p.secondId()));
        assertThat(created.status()).isEqualTo(201);
        JsonNode agreement = created.json();
        long id = agreement.get("id").asLong();
        assertThat(agreement.get("status").asText()).isEqualTo("DRAFT");
        assertThat(agreement.get("programmes").get(0).get("model").asText()).isEqualTo("2+2");
        assertThat(agreement.get("parties").get(1).get("country").asText()).isEqualTo("MY");

        assertThat(api().get("/api/v1/agreements/" + id).status()).isEqualTo(404);
        assertThat(api().token(p.second().token())
                        .get("/api/v1/agreements/" + id)
                        .status())
                .isEqualTo(200);
        assertThat(api().get("/api/v1/agreements?organization=" + p.firstId())
                        .json()
                        .get("total")
                        .asLong())
                .isZero();

        // a draft cannot be signed straight away; nothing changes
        Api.Response skipped = api().token(p.first().token())
                .post("/api/v1/agreements/" + id + "/transitions", move("SIGNED", SIGNING));
        assertThat(skipped.status()).isEqualTo(400);
        assertThat(errorCodes(skipped)).contains("error.agreement.transition");
        assertThat(api().token(p.first().token())
                        .post("/api/v1/agreements/" + id + "/transitions", move("NEGOTIATING", null))
                        .status())
                .isEqualTo(200);
        // signing needs its date and signatories
        Api.Response unsigned =
                api().token(p.second().token()).post("/api/v1/agreements/" + id + "/transitions", move("SIGNED", null));
        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(errorCodes(unsigned))
                .contains("error.agreement.signedOnRequired", "error.agreement.signatoriesRequired");
        assertThat(api().token(p.second().token())
                        .get("/api/v1/agreements/" + id)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("NEGOTIATING");

        Api.Response signed = api().token(p.second().token())
                .post("/api/v1/agreements/" + id + "/transitions", move("SIGNED", SIGNING));
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.json().get("signedOn").asText()).isEqualTo("2023-12-12");
        assertThat(signed.json().get("history")).hasSize(3);
        // in the order things happened (talks and signing in 2023, recorded today), by display name, never the user
        // name
        List<String> order = new ArrayList<>();
        signed.json().get("history").forEach(h -> order.add(h.get("to").asText()));
        assertThat(order).containsExactly("NEGOTIATING", "SIGNED", "DRAFT");
        assertThat(signed.json().get("history").get(1).get("actor").asText()).isEqualTo("coop-b");

        // now public: read, listed by organization, country and year, and found by the global search
        assertThat(api().get("/api/v1/agreements/" + id).status()).isEqualTo(200);
        assertThat(ids(api().get("/api/v1/agreements?organization=" + p.firstId())))
                .containsExactly(id);
        assertThat(ids(api().get(
                                "/api/v1/agreements?country=MY&year=2023&status=SIGNED&type=JOINT_TRAINING&organization="
                                        + p.secondId())))
                .containsExactly(id);
        assertThat(ids(api().get("/api/v1/agreements?country=MY&year=2022&organization=" + p.secondId())))
                .isEmpty();
        JsonNode found = api().get("/api/v1/search?type=agreement&q=" + Api.encode("合作协议 Draft one"))
                .json();
        List<Long> hits = new ArrayList<>();
        found.get("hits").forEach(h -> hits.add(h.get("hit").get("id").asLong()));
        assertThat(hits).contains(id);
        // the search's country filter finds it under the partner's country as well as the lead's
        for (String country : List.of("MY", "CN")) {
            List<Long> inCountry = new ArrayList<>();
            api().get("/api/v1/search?type=agreement&country=" + country + "&q=" + Api.encode("合作协议 Draft one"))
                    .json()
                    .get("hits")
                    .forEach(h -> inCountry.add(h.get("hit").get("id").asLong()));
            assertThat(inCountry).as(country).contains(id);
        }
        assertThat(api().get("/api/v1/search?type=agreement&country=KZ&q=" + Api.encode("合作协议 Draft one"))
                        .json()
                        .get("hits"))
                .noneMatch(h -> h.get("hit").get("id").asLong() == id);
    }

    private static List<Long> ids(Api.Response response) {
        assertThat(response.status()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    @Test
    void badAgreementsAreRefusedAndChangeNothing() {
        Parties p = parties("LA");
        long before = api().token(adminToken())
                .get("/api/v1/agreements")
                .json()
                .get("total")
                .asLong();

        Map<String, Object> oneParty = draft("One party", null, p.firstId(), p.secondId());
        oneParty.put("parties", List.of(Map.of("organizationId", p.firstId(), "role", "LEAD")));
        oneParty.put("programmes", List.of());
        Api.Response refused = api().token(p.first().token()).post("/api/v1/agreements", oneParty);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(errorCodes(refused)).contains("error.agreement.twoParties");

        Map<String, Object> backwards = draft("Backwards", null, p.firstId(), p.secondId());
        backwards.put("endsOn", "2023-01-01");
        assertThat(errorCodes(api().token(p.first().token()).post("/api/v1/agreements", backwards)))
                .contains("error.dates.order");

        Map<String, Object> strayStage = draft("Stray stage", null, p.firstId(), p.secondId());
        strayStage.put(
                "programmes",
                List.of(Map.of(
                        "name", Map.of("en", "x"),
                        "stages",
                                List.of(
                                        Map.of("organizationId", p.firstId(), "years", 3),
                                        Map.of("organizationId", 999999, "years", 9)))));
        List<String> codes = errorCodes(api().token(p.first().token()).post("/api/v1/agreements", strayStage));
        assertThat(codes).contains("error.programme.stageParty", "error.programme.years");

        // someone who edits neither party may not record it
        TestUser stranger = newUser("coop-stranger");
        assertThat(api().token(stranger.token())
                        .post("/api/v1/agreements", draft("Not mine", null, p.firstId(), p.secondId()))
                        .status())
                .isEqualTo(403);

        assertThat(api().token(adminToken())
                        .get("/api/v1/agreements")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(before);

        // and a stranger may not change or move a real one
        long id = api().token(p.first().token())
                .post("/api/v1/agreements", draft("Real", null, p.firstId(), p.secondId()))
                .json()
                .get("id")
                .asLong();
        assertThat(api().token(stranger.token())
                        .post("/api/v1/agreements/" + id + "/transitions", move("NEGOTIATING", null))
                        .status())
                .isIn(403, 404);
        Api.Response terminate = api().token(p.first().token())
                .post("/api/v1/agreements/" + id + "/transitions", move("TERMINATED", null));
        assertThat(errorCodes(terminate)).contains("error.agreement.reasonRequired");
    }

    /** Makes the organization a member of the alliance (as an admin), so that its agreements may name it. */
    private void join(long alliance, long organization) {
        Api.Response joined = api().token(adminToken())
                .post(
                        "/api/v1/alliances/" + alliance + "/members",
                        Map.of("organizationId", organization, "role", "MEMBER", "joinedOn", "2020-01-01"));
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
    }

    /** A signed agreement of the parties; under an alliance, the first party joins it and the alliance accepts it. */
    private long signedAgreement(Parties p, Long alliance, String title) {
        if (alliance != null) {
            join(alliance, p.firstId());
        }
        long id = api().token(p.first().token())
                .post("/api/v1/agreements", draft(title, alliance, p.firstId(), p.secondId()))
                .json()
                .get("id")
                .asLong();
        if (alliance != null) {
            Api.Response accepted = api().token(adminToken())
                    .post("/api/v1/agreements/" + id + "/alliance-decision", Map.of("accept", true));
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        }
        api().token(p.first().token()).post("/api/v1/agreements/" + id + "/transitions", move("NEGOTIATING", null));
        assertThat(api().token(p.first().token())
                        .post("/api/v1/agreements/" + id + "/transitions", move("SIGNED", SIGNING))
                        .status())
                .isEqualTo(200);
        return id;
    }

    @Test
    void aLibraryResourcePublishedAsProducedByAnAgreementBecomesOneOfItsOutputsOnce() {
        String admin = adminToken();
        long alliance = api().token(admin)
                .post("/api/v1/alliances", Map.of("name", Map.of("en", "Outputs Test Alliance")))
                .json()
                .get("id")
                .asLong();
        Parties p = parties("MY");
        long agreement = signedAgreement(p, alliance, "Produces a course");
        Map<String, Object> course = new java.util.HashMap<>();
        course.put("kind", "SHORT_COURSE_PACKAGE");
        course.put("title", Map.of("en", "Motorcycle maintenance in 5 lessons", "zh", "摩托车维修五课"));
        course.put("language", "en");
        course.put("owners", List.of(p.firstId()));
        course.put("licence", "CC_BY");
        course.put("agreementId", agreement);
        Api.Response submitted = api().token(p.first().token()).post("/api/v1/resources", course);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        long resource = submitted.json().get("id").asLong();
        String review = "/api/v1/resources/" + resource + "/review";
        String outputs = "/api/v1/agreements/" + agreement + "/outputs";
        assertThat(api().get(outputs).json()).isEmpty();

        assertThat(api().token(admin)
                        .post(review, Map.of("decision", "PUBLISH"))
                        .status())
                .isEqualTo(200);
        // the agreement hears of it after the library's commit
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode found = api().get(outputs).json();
            assertThat(found).hasSize(1);
            assertThat(found.get(0).get("recordType").asText()).isEqualTo("library.resource");
            assertThat(found.get(0).get("recordId").asLong()).isEqualTo(resource);
            assertThat(found.get(0).get("kind").asText()).isEqualTo("COURSE");
            assertThat(found.get(0).get("year").asInt())
                    .isEqualTo(LocalDate.now().getYear());
        });
        assertThat(api().get("/api/v1/alliances/" + alliance + "/numbers")
                        .json()
                        .get("outputsByKind")
                        .get("COURSE")
                        .asLong())
                .isEqualTo(1);
        // the agreement's page links to the resource, and the resource's page to the agreement
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
                api().get("/agreements/" + agreement + "?lang=en").body());
        assertThat(page.select("#outputs a[href=/library/" + resource + "]").text())
                .isEqualTo("Motorcycle maintenance in 5 lessons");
        assertThat(page.select("#outputs").text()).contains("in the library").doesNotContain("library.resource");
        assertThat(org.jsoup.Jsoup.parse(
                                api().get("/library/" + resource + "?lang=en").body())
                        .select("a[href=/agreements/" + agreement + "]")
                        .text())
                .as("named by its title")
                .contains("Produces a course");

        // given back, retitled and published again: still one output, with the new title
        api().token(admin).post(review, Map.of("decision", "RETURN", "note", "Add the Chinese summary"));
        course.put("title", Map.of("en", "Motorcycle maintenance in six lessons"));
        course.put(
                "version",
                api().token(p.first().token())
                        .get("/api/v1/resources/" + resource)
                        .json()
                        .get("version"));
        assertThat(api().token(p.first().token())
                        .put("/api/v1/resources/" + resource, course)
                        .status())
                .isEqualTo(200);
        assertThat(api().token(admin)
                        .post(review, Map.of("decision", "PUBLISH"))
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode found = api().get(outputs).json();
            assertThat(found).hasSize(1);
            assertThat(found.get(0).get("title").get("en").asText()).isEqualTo("Motorcycle maintenance in six lessons");
        });
    }

    @Test
    void documentsForThePartiesOnlyAreNeverServedToOthers() {
        Parties p = parties("TH");
        long id = signedAgreement(p, null, "With documents");
        Api.Response secret = api().token(p.first().token())
                .upload(
                        "/api/v1/agreements/" + id + "/documents?title=Signed%20text&visibility=PARTIES",
                        "signed.pdf",
                        PDF);
        assertThat(secret.status()).isEqualTo(201);
        long documentId = secret.json().get("id").asLong();
        assertThat(secret.json().get("versions").get(0).get("sha256").asText()).isEqualTo(FileStorage.sha256(PDF));
        Api.Response open = api().token(p.first().token())
                .upload("/api/v1/agreements/" + id + "/documents?title=Annex&visibility=PUBLIC", "annex.pdf", PDF);
        assertThat(open.status()).isEqualTo(201);

        String versionsPath = "/api/v1/agreements/" + id + "/documents/" + documentId + "/versions/";
        String versionPath = versionsPath + 1;
        assertThat(api().get("/api/v1/agreements/" + id + "/documents").json()).hasSize(1);
        assertThat(api().get(versionPath).status()).isEqualTo(404);
        assertThat(api().get("/agreements/" + id + "/documents/" + documentId + "/versions/1")
                        .status())
                .isEqualTo(404);
        TestUser stranger = newUser("coop-reader");
        assertThat(api().token(stranger.token()).get(versionPath).status()).isEqualTo(404);
        assertThat(api().get("/agreements/" + id).body()).doesNotContain("Signed text");

        Api.Response mine = api().token(p.second().token()).get(versionPath);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.raw().body()).isEqualTo(PDF);
        assertThat(mine.header("Content-Disposition")).startsWith("attachment");

        // not what it claims: a PNG signature is no PDF, text is nothing accepted; nothing is added
        byte[] notPdf = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        Api.Response fake = api().token(p.first().token())
                .upload("/api/v1/agreements/" + id + "/documents?title=Fake&visibility=PUBLIC", "fake.pdf", notPdf);
        assertThat(fake.status()).isEqualTo(400);
        assertThat(errorCodes(fake)).contains("error.upload.type");
        assertThat(api().token(p.first().token())
                        .get("/api/v1/agreements/" + id + "/documents")
                        .json())
                .hasSize(2);

        // a second version keeps the first downloadable
        byte[] second = org.vocbridge.testing.TestPdf.of("second version");
        Api.Response versioned = api().token(p.first().token())
                .upload(
                        "/api/v1/agreements/" + id + "/documents/" + documentId + "/versions?note=countersigned",
                        "v2.pdf",
                        second);
        assertThat(versioned.status()).isEqualTo(200);
        assertThat(versioned.json().get("versions")).hasSize(2);
        assertThat(api().token(p.first().token()).get(versionPath).raw().body()).isEqualTo(PDF);
        assertThat(api().token(p.first().token()).get(versionsPath + 2).raw().body())
                .isEqualTo(second);
        // outsiders cannot add versions either
        assertThat(api().token(stranger.token())
                        .upload("/api/v1/agreements/" + id + "/documents/" + documentId + "/versions", "v3.pdf", second)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theDashboardCountsSignedAgreementsAndReportedFiguresAndOverdueReportsAreFlagged() {
        String admin = adminToken();
        long alliance = api().token(admin)
                .post("/api/v1/alliances", Map.of("name", Map.of("en", "Numbers Test Alliance")))
                .json()
                .get("id")
                .asLong();
        JsonNode empty = api().get("/api/v1/alliances/" + alliance + "/numbers").json();
        assertThat(empty.get("agreements").asLong()).isZero();

        Parties p = parties("KH");
        long id = signedAgreement(p, alliance, "Counted");
        api().token(p.first().token())
                .post("/api/v1/agreements", draft("Draft not counted", alliance, p.firstId(), p.secondId()));
        JsonNode numbers =
                api().get("/api/v1/alliances/" + alliance + "/numbers").json();
        assertThat(numbers.get("agreements").asLong()).isEqualTo(1);
        assertThat(numbers.get("agreementsByType").get("JOINT_TRAINING").asLong())
                .isEqualTo(1);
        assertThat(numbers.get("agreementsByYear").get("2023").asLong()).isEqualTo(1);
        assertThat(numbers.get("agreementsByCountry").get("KH").asLong()).isEqualTo(1);

        assertThat(api().token(p.first().token())
                        .post("/api/v1/agreements/" + id + "/transitions", move("ACTIVE", Map.of()))
                        .status())
                .isEqualTo(200);
        // each write shows on the next read of the dashboard, though the one before it was read already
        JsonNode active =
                api().get("/api/v1/alliances/" + alliance + "/numbers").json();
        assertThat(active.get("agreementsByStatus").get("ACTIVE").asLong()).isEqualTo(1);
        assertThat(active.get("agreementsByStatus").has("SIGNED")).isFalse();
        assertThat(active.get("figuresByYear")).isEmpty();
        LocalDate today = LocalDate.now();
        int lastDue =
                today.isAfter(MonthDay.of(3, 31).atYear(today.getYear())) ? today.getYear() - 1 : today.getYear() - 2;
        List<Integer> expected = new ArrayList<>();
        for (int y = 2024; y <= lastDue; y++) {
            expected.add(y);
        }
        assertThat(years(api().get("/api/v1/agreements/" + id).json().get("overdueReports")))
                .isEqualTo(expected);
        List<Long> mine = new ArrayList<>();
        api().token(p.second().token())
                .get("/api/v1/agreements/overdue")
                .json()
                .forEach(a -> mine.add(a.get("id").asLong()));
        assertThat(mine).contains(id);

        Map<String, Object> report = Map.of("year", 2024, "studentsEnrolled", 40, "graduates", 3, "teachersTrained", 7);
        assertThat(api().token(p.first().token())
                        .post("/api/v1/agreements/" + id + "/reports", report)
                        .status())
                .isEqualTo(200);
        assertThat(years(api().get("/api/v1/agreements/" + id).json().get("overdueReports")))
                .doesNotContain(2024);
        // who reported is shown by display name; the name one signs in with is never published
        String shown = api().get("/api/v1/agreements/" + id + "/reports").body();
        assertThat(shown)
                .contains("\"submittedBy\":\"coop-a\"")
                .doesNotContain(p.first().username());
        JsonNode after = api().get("/api/v1/alliances/" + alliance + "/numbers").json();
        assertThat(after.get("figuresByYear").get(0).get("studentsEnrolled").asLong())
                .isEqualTo(40);
        assertThat(after.get("figuresByYear").get(0).get("teachersTrained").asLong())
                .isEqualTo(7);

        // a second report for the same year needs the version read; a wrong figure changes nothing
        Api.Response negative = api().token(p.first().token())
                .post("/api/v1/agreements/" + id + "/reports", Map.of("year", 2024, "graduates", -1));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(api().token(p.first().token())
                        .post("/api/v1/agreements/" + id + "/reports", Map.of("year", 2024, "graduates", 4))
                        .status())
                .isEqualTo(409);

        // an output linked by id to a record of another module
        Map<String, Object> output = Map.of(
                "kind",
                "COURSE_STANDARD",
                "title",
                Map.of("en", "Course standard"),
                "year",
                2024,
                "recordType",
                "library.resource",
                "recordId",
                42);
        assertThat(api().token(p.second().token())
                        .post("/api/v1/agreements/" + id + "/outputs", output)
                        .status())
                .isEqualTo(201);
        assertThat(api().get("/api/v1/agreements/" + id + "/outputs")
                        .json()
                        .get(0)
                        .get("recordId")
                        .asLong())
                .isEqualTo(42);
        assertThat(api().get("/api/v1/alliances/" + alliance + "/numbers")
                        .json()
                        .get("outputsByKind")
                        .get("COURSE_STANDARD")
                        .asLong())
                .isEqualTo(1);
        JsonNode annual = api().get("/api/v1/alliances/" + alliance + "/annual-reports/2024")
                .json();
        assertThat(annual.get("figures").get("studentsEnrolled").asLong()).isEqualTo(40);
        assertThat(annual.get("outputs")).hasSize(1);
    }

    private static List<Integer> years(JsonNode array) {
        List<Integer> years = new ArrayList<>();
        array.forEach(y -> years.add(y.asInt()));
        return years;
    }

    @Test
    void agreementsExportToCsvAndXlsxWithoutDrafts() throws Exception {
        Parties p = parties("ID");
        long signed = signedAgreement(p, null, "Exported =1+1");
        long draft = api().token(p.first().token())
                .post("/api/v1/agreements", draft("Hidden draft", null, p.firstId(), p.secondId()))
                .json()
                .get("id")
                .asLong();
        Api.Response csv = api().get("/api/v1/agreements/export?format=csv&organization=" + p.firstId());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("Exported =1+1", "合作协议 Exported").doesNotContain("Hidden draft");
        assertThat(csv.body().lines().filter(l -> l.startsWith(signed + ","))).hasSize(1);
        assertThat(csv.body().lines().noneMatch(l -> l.startsWith(draft + ","))).isTrue();
        Api.Response xlsx = api().get("/api/v1/agreements/export?format=xlsx&organization=" + p.firstId());
        assertThat(xlsx.status()).isEqualTo(200);
        var rows = org.vocbridge.shared.spreadsheet.Spreadsheet.read(
                new ByteArrayInputStream(xlsx.raw().body()), org.vocbridge.shared.spreadsheet.Spreadsheet.Format.XLSX);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("title_en")).isEqualTo("Exported =1+1");
        assertThat(rows.get(0).get("party_countries")).contains("CN", "ID");
    }

    @Test
    void theAnnualReportPdfRendersChineseInTheReadersLanguage() throws Exception {
        boolean fonts = Files.isRegularFile(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));
        if (!fonts) {
            String message = "No CJK TrueType font for PDF output (fonts-droid-fallback)";
            SystemComponents.missing(message, "the PDF test");
        }
        long yangtze = alliance("长江工坊");
        Api.Response zh = api().language("zh").get("/alliances/" + yangtze + "/annual-report.pdf?year=2023");
        assertThat(zh.status()).isEqualTo(200);
        assertThat(zh.header("Content-Type")).isEqualTo("application/pdf");
        String text = text(zh.raw().body());
        assertThat(text).contains("长江工坊", "年度报告", "重庆水利电力职业技术学院");
        Api.Response ru = api().language("ru").get("/alliances/" + yangtze + "/annual-report.pdf?year=2023");
        assertThat(text(ru.raw().body())).contains("Мастерская", "годовой отчёт");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theSecretariatMayChangeItsAlliancesAgreementsOnceItHasAcceptedThem() {
        String admin = adminToken();
        long alliance = api().token(admin)
                .post("/api/v1/alliances", Map.of("name", Map.of("en", "Secretariat Test Alliance")))
                .json()
                .get("id")
                .asLong();
        Parties p = parties("DE");
        join(alliance, p.firstId());
        long id = api().token(p.first().token())
                .post("/api/v1/agreements", draft("Under the alliance", alliance, p.firstId(), p.secondId()))
                .json()
                .get("id")
                .asLong();
        TestUser secretariat = newUserWith("coop-sec", Role.ALLIANCE_SECRETARIAT, alliance);
        JsonNode proposed =
                api().token(secretariat.token()).get("/api/v1/agreements/" + id).json();
        assertThat(proposed.get("proposedAllianceId").asLong()).isEqualTo(alliance);
        assertThat(proposed.get("allianceId").isNull()).isTrue();
        assertThat(api().token(secretariat.token())
                        .post("/api/v1/agreements/" + id + "/transitions", move("NEGOTIATING", null))
                        .status())
                .as("a proposal is not the secretariat's to edit")
                .isEqualTo(403);
        assertThat(api().token(secretariat.token())
                        .post("/api/v1/agreements/" + id + "/alliance-decision", Map.of("accept", true))
                        .json()
                        .get("allianceId")
                        .asLong())
                .isEqualTo(alliance);
        assertThat(api().token(secretariat.token())
                        .post("/api/v1/agreements/" + id + "/transitions", move("NEGOTIATING", null))
                        .status())
                .isEqualTo(200);
        TestUser other = newUserWith("coop-other-sec", Role.ALLIANCE_SECRETARIAT, alliance("长江工坊"));
        assertThat(api().token(other.token()).get("/api/v1/agreements/" + id).status())
                .isEqualTo(404);
    }

    @Test
    void anAgreementCountsForAnAllianceOnlyThroughAMemberAndOnceTheSecretariatAcceptsIt() {
        AllianceSetting s = allianceSetting("Acceptance Test Alliance");
        long outsiderCompany = newOrganization(s.outsider(), "ENTERPRISE", "KZ", Map.of("en", "Outsider Partner"));
        Parties strangers = parties("UZ");

        Api.Response noMember = api().token(strangers.first().token())
                .post(
                        "/api/v1/agreements",
                        draft("Foreign alliance", s.alliance(), strangers.firstId(), strangers.secondId()));
        assertThat(noMember.status()).isEqualTo(400);
        assertThat(errorCodes(noMember)).containsExactly("error.agreement.allianceNotMember");

        long id = api().token(s.outsider().token())
                .post("/api/v1/agreements", draft("With a member college", s.alliance(), outsiderCompany, s.college()))
                .json()
                .get("id")
                .asLong();
        api().token(s.outsider().token()).post("/api/v1/agreements/" + id + "/transitions", move("NEGOTIATING", null));
        assertThat(api().token(s.outsider().token())
                        .post("/api/v1/agreements/" + id + "/transitions", move("SIGNED", SIGNING))
                        .status())
                .isEqualTo(200);
        String numbers = "/api/v1/alliances/" + s.alliance() + "/numbers";
        assertThat(api().get(numbers).json().get("agreements").asLong())
                .as("signed, but not accepted by the alliance")
                .isZero();
        assertThat(api().get("/api/v1/agreements?alliance=" + s.alliance())
                        .json()
                        .get("items"))
                .isEmpty();

        TestUser otherSecretariat = newUserWith("coop-foreign-sec", Role.ALLIANCE_SECRETARIAT, alliance("长江工坊"));
        assertThat(api().token(otherSecretariat.token())
                        .post("/api/v1/agreements/" + id + "/alliance-decision", Map.of("accept", true))
                        .status())
                .isEqualTo(403);
        assertThat(api().token(s.outsider().token())
                        .post("/api/v1/agreements/" + id + "/alliance-decision", Map.of("accept", true))
                        .status())
                .as("a party does not accept its own proposal")
                .isEqualTo(403);

        assertThat(api().token(s.secretariat().token())
                        .post("/api/v1/agreements/" + id + "/alliance-decision", Map.of("accept", true))
                        .status())
                .isEqualTo(200);
        assertThat(api().get(numbers).json().get("agreements").asLong()).isEqualTo(1);
        assertThat(api().token(s.secretariat().token())
                        .post("/api/v1/agreements/" + id + "/alliance-decision", Map.of("accept", true))
                        .status())
                .as("nothing is waiting any more")
                .isEqualTo(400);
    }
}
