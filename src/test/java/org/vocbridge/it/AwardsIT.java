package org.vocbridge.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vocbridge.accounts.Role;
import tools.jackson.databind.JsonNode;

/**
 * Awards with a jury: conflicts of interest computed from each kind of record (affiliations now
 * and past, co-authored resources, agreements, venture mentors) with their evidence, an assignment
 * that never pairs a conflict and names the constraint that binds when it cannot hold, a blind
 * review, a conflict that appears after a score takes it out (and a waiver puts it back), rankings
 * that are the same when computed again, published winners with a certificate anyone can check, and
 * a juror scoring on a phone in Russian.
 */
class AwardsIT extends InBrowser {

    /** The people, organizations and records of one call's jury, made through the API. */
    record Jury(
            AllianceSetting setting,
            long call,
            Map<String, Long> person,
            Map<String, Long> juror,
            Map<String, Long> entry,
            long orgB,
            long orgC,
            long agreement,
            long venture) {}

    static Map<String, Object> rubric() {
        List<Map<String, String>> levels = List.of(
                Map.of("en", "Unrelated", "ru", "Не связано"),
                Map.of("en", "Some link", "ru", "Есть связь"),
                Map.of("en", "Close link", "ru", "Тесная связь"),
                Map.of("en", "Applied with results", "ru", "Применено с результатами"));
        Map<String, Object> relevance = new LinkedHashMap<>();
        relevance.put("key", "relevance");
        relevance.put("kind", "JUDGEMENT");
        relevance.put("name", Map.of("en", "Relevance", "ru", "Значимость"));
        relevance.put("levels", levels);
        relevance.put("weight", 60);
        relevance.put("required", true);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("key", "evidence");
        evidence.put("kind", "MEASUREMENT");
        evidence.put("name", Map.of("en", "Evidence", "ru", "Доказательства"));
        evidence.put("rule", Map.of("en", "One point per source", "ru", "Балл за источник"));
        evidence.put("maxMark", 10);
        evidence.put("weight", 40);
        evidence.put("required", true);
        return Map.of("criteria", List.of(relevance, evidence));
    }

    static Map<String, Object> call(long alliance, String title, int perEntry, int maxPerJuror) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Object> call = new HashMap<>();
        call.put("allianceId", alliance);
        call.put("title", Map.of("en", title, "ru", title + " (рус.)"));
        call.put("rules", Map.of("en", "Rules of " + title));
        call.put("categories", List.of("OUTSTANDING_PAPER", "TVET_STAR", "YOUTH_VENTURE"));
        call.put("jury", jury(perEntry, maxPerJuror));
        call.put("rubric", rubric().get("criteria"));
        call.put("opensOn", today.minusDays(1).toString());
        call.put("closesOn", today.plusDays(30).toString());
        return call;
    }

    static Map<String, Object> jury(int perEntry, int maxPerJuror) {
        Map<String, Object> jury = new HashMap<>();
        jury.put("jurorsPerEntry", perEntry);
        jury.put("minPerJuror", 0);
        jury.put("maxPerJuror", maxPerJuror);
        jury.put("affiliationYears", 3);
        jury.put("normalizationMinimum", 3);
        jury.put("blindReview", true);
        jury.put("finalists", 0);
        return jury;
    }

    private long person(String admin, String name, List<Long> affiliations) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("name", Map.of("en", name, "ru", name + " (рус.)"));
        draft.put("country", "CN");
        draft.put("affiliations", affiliations);
        return Long.parseLong(created(admin, "/api/v1/people", draft));
    }

    private void appoint(AllianceSetting s, long person) {
        assertThat(api().token(s.secretariat().token())
                        .post(
                                "/api/v1/alliances/" + s.alliance() + "/appointments",
                                Map.of("personId", person, "role", Map.of("en", "Juror"), "from", "2024-01-01"))
                        .status())
                .isEqualTo(200);
    }

    /**
     * A call of a new alliance with six jurors and three entries: a paper by P1 (J2 wrote another
     * resource with P1; J3's organization signed an agreement with the paper's college; J5 left that
     * college today), P2 as a TVET star (J1 works where P2 works), a venture J4 mentors; J6 has no
     * conflict.
     */
    Jury jury(String name, int perEntry) {
        String admin = adminToken();
        AllianceSetting s =
                allianceSetting(name + " " + UUID.randomUUID().toString().substring(0, 6));
        long orgB = newOrganization(s.member(), "VOCATIONAL_COLLEGE", "CN", Map.of("en", name + " Second College"));
        long orgC = newOrganization(s.member(), "ENTERPRISE", "CN", Map.of("en", name + " Partner Company"));
        Map<String, Long> person = new LinkedHashMap<>();
        person.put("P1", person(admin, name + " Author", List.of(s.college())));
        person.put("P2", person(admin, name + " Star", List.of(orgB)));
        Map<String, Long> jurorPerson = new LinkedHashMap<>();
        jurorPerson.put("J1", person(admin, name + " Colleague", List.of(orgB)));
        jurorPerson.put("J2", person(admin, name + " Co-author", List.of()));
        jurorPerson.put("J3", person(admin, name + " Partner", List.of(orgC)));
        jurorPerson.put("J4", person(admin, name + " Mentor", List.of()));
        jurorPerson.put("J5", person(admin, name + " Former", List.of(s.college())));
        jurorPerson.put("J6", person(admin, name + " Clean", List.of()));
        jurorPerson.values().forEach(p -> appoint(s, p));
        person.putAll(jurorPerson);
        // J5 leaves the college today: a past affiliation
        JsonNode former = api().get("/api/v1/people/" + jurorPerson.get("J5")).json();
        Map<String, Object> moved = new HashMap<>();
        moved.put("name", Map.of("en", name + " Former"));
        moved.put("country", "CN");
        moved.put("affiliations", List.of(orgC));
        moved.put("version", former.get("version").asLong());
        assertThat(api().token(admin)
                        .put("/api/v1/people/" + jurorPerson.get("J5"), moved)
                        .status())
                .isEqualTo(200);

        Map<String, Object> paper = LibraryIT.draft("PAPER", name + " paper", s.college(), null);
        paper.put("authors", List.of(person.get("P1")));
        long paperId = Long.parseLong(created(s.member().token(), "/api/v1/resources", paper));
        Map<String, Object> other = LibraryIT.draft("REPORT", name + " joint report", s.college(), null);
        other.put("authors", List.of(person.get("P1"), jurorPerson.get("J2")));
        created(s.member().token(), "/api/v1/resources", other);
        long agreement = Long.parseLong(created(
                s.member().token(),
                "/api/v1/agreements",
                CooperationIT.draft(name + " agreement", null, orgC, s.college())));
        long venture = Long.parseLong(created(
                s.member().token(), "/api/v1/ventures", VenturesIT.venture(name + " Venture", null, null, null)));
        assertThat(api().token(s.member().token())
                        .post(
                                "/api/v1/ventures/" + venture + "/team",
                                Map.of("personId", jurorPerson.get("J4"), "role", "MENTOR"))
                        .status())
                .isEqualTo(201);

        long call = Long.parseLong(created(
                s.secretariat().token(), "/api/v1/awards/calls", call(s.alliance(), name + " awards", perEntry, 3)));
        Map<String, Long> entry = new LinkedHashMap<>();
        entry.put(
                "paper",
                enter(
                        s.member(),
                        call,
                        Map.of("category", "OUTSTANDING_PAPER", "subjectId", paperId, "language", "en")));
        entry.put(
                "star",
                enter(
                        s.member(),
                        call,
                        Map.of(
                                "category",
                                "TVET_STAR",
                                "subjectId",
                                person.get("P2"),
                                "language",
                                "en",
                                "nominatedBy",
                                s.college())));
        entry.put(
                "venture",
                enter(s.member(), call, Map.of("category", "YOUTH_VENTURE", "subjectId", venture, "language", "en")));
        Map<String, Long> juror = new LinkedHashMap<>();
        jurorPerson.forEach((key, p) -> juror.put(
                key,
                api().token(s.secretariat().token())
                        .post(
                                "/api/v1/awards/calls/" + call + "/jurors",
                                Map.of("personId", p, "chair", key.equals("J1")))
                        .json()
                        .get("id")
                        .asLong()));
        return new Jury(s, call, person, juror, entry, orgB, orgC, agreement, venture);
    }

    private long enter(TestUser user, long call, Map<String, Object> draft) {
        Api.Response entered = api().token(user.token()).post("/api/v1/awards/calls/" + call + "/entries", draft);
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        return entered.json().get("id").asLong();
    }

    /** Juror key and entry key of every conflict with the rule, e.g. "J2 paper CO_AUTHOR". */
    private static Set<String> conflicts(Jury j, JsonNode list) {
        Set<String> found = new HashSet<>();
        for (JsonNode c : list) {
            String juror = j.juror().entrySet().stream()
                    .filter(e -> e.getValue() == c.get("jurorId").asLong())
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow();
            String entry = j.entry().entrySet().stream()
                    .filter(e -> e.getValue() == c.get("entryId").asLong())
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow();
            found.add(juror + " " + entry + " " + c.get("rule").asText());
        }
        return found;
    }

    private static JsonNode conflict(JsonNode list, long juror, String rule) {
        for (JsonNode c : list) {
            if (c.get("jurorId").asLong() == juror && c.get("rule").asText().equals(rule)) {
                return c;
            }
        }
        throw new AssertionError("No " + rule + " conflict of juror " + juror + " in " + list);
    }

    private void toReview(Jury j) {
        String secretariat = j.setting().secretariat().token();
        String calls = "/api/v1/awards/calls/" + j.call();
        assertThat(api().token(secretariat)
                        .post(calls + "/phase", Map.of("phase", "SCREENING"))
                        .status())
                .isEqualTo(200);
        Api.Response early = api().token(secretariat).post(calls + "/phase", Map.of("phase", "REVIEW"));
        assertThat(CooperationIT.errorCodes(early)).containsExactly("error.award.unscreened");
        j.entry().values().forEach(e -> assertThat(api().token(secretariat)
                        .put("/api/v1/awards/entries/" + e + "/screening", Map.of("status", "ELIGIBLE"))
                        .status())
                .isEqualTo(200));
        assertThat(api().token(secretariat)
                        .post(calls + "/phase", Map.of("phase", "REVIEW"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void conflictsFromEveryKindOfRecordAreFoundAndNoAssignmentOrScoreCrossesOne() throws Exception {
        Jury j = jury("Conflicts", 3);
        String secretariat = j.setting().secretariat().token();
        String calls = "/api/v1/awards/calls/" + j.call();
        JsonNode list = api().token(secretariat).get(calls + "/conflicts").json();
        assertThat(conflicts(j, list))
                .containsExactlyInAnyOrder(
                        "J1 star SAME_ORGANIZATION",
                        "J2 paper CO_AUTHOR",
                        "J3 paper AGREEMENT_PARTY",
                        "J4 venture MENTOR",
                        "J5 paper SAME_ORGANIZATION",
                        // J5 left the college for the company that signed with it
                        "J5 paper AGREEMENT_PARTY");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonNode past = conflict(list, j.juror().get("J5"), "SAME_ORGANIZATION").get("evidence");
        assertThat(past.get("organizationId").asLong()).isEqualTo(j.setting().college());
        assertThat(past.get("endedOn").asText()).isEqualTo(today.toString());
        assertThat(conflict(list, j.juror().get("J1"), "SAME_ORGANIZATION")
                        .get("evidence")
                        .get("organizationId")
                        .asLong())
                .isEqualTo(j.orgB());
        assertThat(conflict(list, j.juror().get("J2"), "CO_AUTHOR")
                        .get("evidence")
                        .get("personId")
                        .asLong())
                .isEqualTo(j.person().get("P1"));
        JsonNode signed = conflict(list, j.juror().get("J3"), "AGREEMENT_PARTY").get("evidence");
        assertThat(signed.get("agreementId").asLong()).isEqualTo(j.agreement());
        assertThat(signed.get("jurorOrganizationId").asLong()).isEqualTo(j.orgC());
        assertThat(conflict(list, j.juror().get("J4"), "MENTOR")
                        .get("evidence")
                        .get("ventureId")
                        .asLong())
                .isEqualTo(j.venture());
        assertThat(api().token(j.setting().outsider().token())
                        .get(calls + "/conflicts")
                        .status())
                .isEqualTo(403);

        toReview(j);
        // four jurors per entry: the paper has only three without a conflict
        Map<String, Object> changed = call(j.setting().alliance(), "Conflicts awards", 4, 3);
        changed.put("version", api().get(calls).json().get("version").asLong());
        assertThat(api().token(secretariat).put(calls, changed).status()).isEqualTo(200);
        JsonNode infeasible =
                api().token(secretariat).post(calls + "/assignment", Map.of()).json();
        assertThat(infeasible.get("assigned")).isEmpty();
        assertThat(infeasible.get("binding").get(0).get("constraint").asText()).isEqualTo("noConflict");
        assertThat(infeasible.get("binding").get(0).get("entries").get(0).asLong())
                .isEqualTo(j.entry().get("paper"));
        assertThat(infeasible.get("binding").get(0).get("available").asInt()).isEqualTo(3);
        // three per entry, at most one each: nine reviews for six jurors
        changed = call(j.setting().alliance(), "Conflicts awards", 3, 1);
        changed.put("version", api().get(calls).json().get("version").asLong());
        api().token(secretariat).put(calls, changed);
        JsonNode tooFew =
                api().token(secretariat).post(calls + "/assignment", Map.of()).json();
        assertThat(tooFew.get("binding").get(0).get("constraint").asText()).isEqualTo("maxPerJuror");
        assertThat(tooFew.get("binding").get(0).get("needed").asInt()).isEqualTo(9);
        assertThat(tooFew.get("binding").get(0).get("available").asInt()).isEqualTo(6);
        changed = call(j.setting().alliance(), "Conflicts awards", 3, 3);
        changed.put("version", api().get(calls).json().get("version").asLong());
        api().token(secretariat).put(calls, changed);
        JsonNode assigned =
                api().token(secretariat).post(calls + "/assignment", Map.of()).json();
        assertThat(assigned.get("binding")).isEmpty();
        Set<String> blocked = new HashSet<>();
        list.forEach(c ->
                blocked.add(c.get("jurorId").asLong() + ":" + c.get("entryId").asLong()));
        int pairs = 0;
        for (String entry : List.of("paper", "star", "venture")) {
            JsonNode jurors =
                    assigned.get("assigned").get(String.valueOf(j.entry().get(entry)));
            assertThat(jurors).hasSize(3);
            for (JsonNode juror : jurors) {
                assertThat(blocked)
                        .doesNotContain(juror.asLong() + ":" + j.entry().get(entry));
                pairs++;
            }
        }
        assertThat(pairs).isEqualTo(9);
        // the paper's three jurors free of conflicts: J1, J4 and J6
        assertThat(assigned.get("assigned")
                        .get(String.valueOf(j.entry().get("paper")))
                        .valueStream()
                        .map(JsonNode::asLong))
                .containsExactlyInAnyOrder(
                        j.juror().get("J1"), j.juror().get("J4"), j.juror().get("J6"));

        TestUser clean = newUserWith("juror", Role.EXPERT, j.person().get("J6"));
        String paperScore = calls + "/entries/" + j.entry().get("paper") + "/score";
        Map<String, Object> marks = Map.of("marks", Map.of("relevance", 3, "evidence", 8));
        assertThat(api().token(clean.token()).put(paperScore, marks).status())
                .as("hidden until published")
                .isEqualTo(403);
        assertThat(api().token(secretariat)
                        .post(calls + "/assignment/publication", Map.of())
                        .status())
                .isEqualTo(200);
        JsonNode scored = api().token(clean.token()).put(paperScore, marks).json();
        assertThat(scored.get("total").asInt()).isEqualTo(6000 + 3200);

        // the blind review hides who entered: names, organizations and countries, in the API and on the page
        long starJuror = assigned.get("assigned")
                .get(String.valueOf(j.entry().get("star")))
                .get(0)
                .asLong();
        String starJurorKey = j.juror().entrySet().stream()
                .filter(e -> e.getValue() == starJuror)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        TestUser reviewer = newUserWith("juror-star", Role.EXPERT, j.person().get(starJurorKey));
        JsonNode star = api().token(reviewer.token())
                .get("/api/v1/awards/entries/" + j.entry().get("star"))
                .json();
        assertThat(star.get("blind").asBoolean()).isTrue();
        assertThat(star.get("title").isNull()).isTrue();
        assertThat(star.get("people")).isEmpty();
        assertThat(star.get("organization").isNull()).isTrue();
        JsonNode blindPaper = api().token(clean.token())
                .get("/api/v1/awards/entries/" + j.entry().get("paper"))
                .json();
        assertThat(blindPaper.get("title").get("en").asText()).isEqualTo("Conflicts paper");
        assertThat(blindPaper.get("people")).isEmpty();
        assertThat(api().token(reviewer.token()).get(calls + "/scores/mine").body())
                .contains("\"blind\":true")
                .doesNotContain("Conflicts Star")
                .doesNotContain("Conflicts Author")
                .doesNotContain("Second College");
        WebSession web = new WebSession(baseUrl());
        web.signIn(reviewer.username(), reviewer.password());
        String scoringPage = web.get("/awards/" + j.call() + "/scoring").body();
        assertThat(scoringPage)
                .contains(String.format("E-%04d", j.entry().get("star")))
                .doesNotContain("Conflicts Star")
                .doesNotContain("Conflicts Author");
        assertThat(api().token(secretariat)
                        .get("/api/v1/awards/entries/" + j.entry().get("star"))
                        .json()
                        .get("people")
                        .get(0)
                        .get("id")
                        .asLong())
                .as("the secretariat sees who entered")
                .isEqualTo(j.person().get("P2"));

        // the chair sees every conflict but, while the review is blind, not the records behind them
        TestUser chair = newUserWith("juror-chair", Role.EXPERT, j.person().get("J1"));
        JsonNode seenByChair =
                api().token(chair.token()).get(calls + "/conflicts").json();
        assertThat(seenByChair).hasSize(list.size());
        assertThat(seenByChair).allSatisfy(c -> assertThat(c.get("evidence")).isEmpty());
        assertThat(api().token(chair.token())
                        .get("/api/v1/awards/entries/" + j.entry().get("star"))
                        .json()
                        .get("people"))
                .isEmpty();

        JsonNode ranked = api().token(secretariat).get(calls + "/ranking").json();
        assertThat(api().token(secretariat).get(calls + "/ranking").json())
                .as("the same when computed again")
                .isEqualTo(ranked);
        assertThat(ranked.get("rows").get(0).get("entry").get("id").asLong())
                .isEqualTo(j.entry().get("paper"));
        assertThat(ranked.get("rows").get(0).get("place").get("median").asInt()).isEqualTo(9200);

        // J6 writes a resource with P1 after scoring the paper: the conflict appears, the score goes
        Map<String, Object> later =
                LibraryIT.draft("REPORT", "Conflicts later report", j.setting().college(), null);
        later.put("authors", List.of(j.person().get("P1"), j.person().get("J6")));
        created(j.setting().member().token(), "/api/v1/resources", later);
        Api.Response refused = api().token(clean.token()).language("ru").put(paperScore, marks);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(CooperationIT.errorCodes(refused))
                .containsExactly("error.award.conflict", "error.award.conflict.CO_AUTHOR");
        assertThat(refused.body()).contains("соавтором");
        JsonNode without = api().token(secretariat).get(calls + "/ranking").json();
        JsonNode paperRow = without.get("rows")
                .valueStream()
                .filter(r -> r.get("entry").get("id").asLong() == j.entry().get("paper"))
                .findFirst()
                .orElseThrow();
        assertThat(paperRow.get("place").get("rank").isNull())
                .as("no score counts any more")
                .isTrue();
        assertThat(paperRow.get("scores").get(0).get("withdrawnFor").asText()).isEqualTo("CO_AUTHOR");
        assertThat(without.get("fingerprint").asText())
                .isNotEqualTo(ranked.get("fingerprint").asText());

        // only an admin waives it, with a reason; the score counts again
        JsonNode appeared = conflict(
                api().token(secretariat).get(calls + "/conflicts").json(),
                j.juror().get("J6"),
                "CO_AUTHOR");
        String decision = calls + "/conflicts/" + appeared.get("id").asLong();
        assertThat(api().token(secretariat)
                        .put(decision, Map.of("state", "WAIVED", "note", "old report"))
                        .status())
                .isEqualTo(403);
        assertThat(CooperationIT.errorCodes(api().token(adminToken()).put(decision, Map.of("state", "WAIVED"))))
                .containsExactly("error.award.reasonRequired");
        assertThat(api().token(adminToken())
                        .put(decision, Map.of("state", "WAIVED", "note", "A report of 2019 on another subject"))
                        .status())
                .isEqualTo(200);
        assertThat(api().token(secretariat)
                        .get(calls + "/ranking")
                        .json()
                        .get("fingerprint")
                        .asText())
                .isEqualTo(ranked.get("fingerprint").asText());
    }

    @Test
    void entryFilesAreCheckedKeptForTheJuryAndNamedByTheEntrysCodeWhileTheReviewIsBlind() throws Exception {
        Jury j = jury("Files", 3);
        String secretariat = j.setting().secretariat().token();
        String entrant = j.setting().member().token();
        String calls = "/api/v1/awards/calls/" + j.call();
        long paper = j.entry().get("paper");
        String files = "/api/v1/awards/entries/" + paper + "/files";
        byte[] pdf = org.vocbridge.testing.TestPdf.of("Files paper, full text");
        Api.Response added = api().token(entrant).upload(files, "Files paper by Author.pdf", "application/pdf", pdf);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long file = added.json().get("id").asLong();
        assertThat(added.json().get("name").asText()).isEqualTo("Files paper by Author.pdf");

        // what is not what it claims, or not accepted, is refused and nothing is kept
        byte[] html =
                "%PDF-1.7\n<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(CooperationIT.errorCodes(api().token(entrant).upload(files, "paper.pdf", "application/pdf", html)))
                .containsExactly("error.upload.notPdf");
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThat(CooperationIT.errorCodes(api().token(entrant).upload(files, "paper.exe", program)))
                .containsExactly("error.upload.type");
        assertThat(api().token(j.setting().outsider().token())
                        .upload(files, "mine.pdf", "application/pdf", pdf)
                        .status())
                .as("only its entrant adds files")
                .isEqualTo(403);
        long photo = api().token(entrant)
                .upload(files, "photo.png", "image/png", UploadIT.png())
                .json()
                .get("id")
                .asLong();
        assertThat(api().token(j.setting().outsider().token())
                        .send("DELETE", files + "/" + photo, null, null)
                        .status())
                .isEqualTo(403);
        assertThat(api().token(entrant)
                        .send("DELETE", files + "/" + photo, null, null)
                        .status())
                .isEqualTo(204);
        assertThat(api().token(entrant)
                        .get("/api/v1/awards/entries/" + paper)
                        .json()
                        .get("files"))
                .extracting(f -> f.get("id").asLong())
                .containsExactly(file);

        Api.Response read = api().token(secretariat).get(files + "/" + file);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(read.header("Content-Disposition")).contains("Files paper by Author.pdf");
        assertThat(read.header("Digest")).isEqualTo("sha-256=" + org.vocbridge.shared.files.FileStorage.sha256(pdf));
        assertThat(api().token(j.setting().outsider().token())
                        .get(files + "/" + file)
                        .status())
                .isEqualTo(404);
        assertThat(api().get(files + "/" + file).status()).isEqualTo(404);

        // on a phone in Chinese, the entrant adds a file from the call's page
        signIn(j.setting().member().username(), j.setting().member().password());
        page.setViewportSize(390, 844);
        page.navigate("/awards/" + j.call() + "?lang=zh");
        String mine = "#mine #entry-" + paper;
        assertThat(page.locator(mine + " .files")).containsText("Files paper by Author.pdf");
        java.nio.file.Path upload = java.nio.file.Files.createTempFile("portfolio", ".pdf");
        java.nio.file.Files.write(upload, org.vocbridge.testing.TestPdf.of("Portfolio"));
        page.setInputFiles("#file-" + paper, upload);
        page.locator(mine + " form.file-upload button").click();
        assertThat(page.locator(".notice")).hasText("文件已添加到您的申报。");
        assertThat(page.locator(mine + " .files li")).hasCount(2);
        assertThat(page.locator(mine + " .files")).containsText("portfolio");
        assertFits("the entrant's files on the call page in Chinese");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/award-entry-files-zh-390.png"))
                .setFullPage(true));

        // once entries close, files stay as they are
        toReview(j);
        assertThat(CooperationIT.errorCodes(api().token(entrant).upload(files, "late.pdf", "application/pdf", pdf)))
                .containsExactly("error.award.closed");
        assertThat(api().token(entrant)
                        .send("DELETE", files + "/" + file, null, null)
                        .status())
                .isEqualTo(400);
        api().token(secretariat).post(calls + "/assignment", Map.of());
        api().token(secretariat).post(calls + "/assignment/publication", Map.of());
        TestUser juror = newUserWith("juror-files", Role.EXPERT, j.person().get("J6"));
        String code = String.format("E-%04d", paper);
        JsonNode seen = api().token(juror.token())
                .get("/api/v1/awards/entries/" + paper)
                .json();
        assertThat(seen.get("files").get(0).get("name").asText()).isEqualTo(code + "-1.pdf");
        Api.Response blind = api().token(juror.token()).get(files + "/" + file);
        assertThat(blind.status()).isEqualTo(200);
        assertThat(blind.header("Content-Disposition"))
                .contains(code + "-1.pdf")
                .doesNotContain("Author");
        WebSession web = new WebSession(baseUrl());
        web.signIn(juror.username(), juror.password());
        assertThat(web.get("/awards/" + j.call() + "/scoring/" + paper).body())
                .contains("/awards/" + j.call() + "/entries/" + paper + "/files/" + file)
                .contains(code + "-1.pdf")
                .doesNotContain("Files paper by Author");
        TestUser other = newUserWith("juror-files-star", Role.EXPERT, j.person().get("J2"));
        assertThat(api().token(other.token()).get(files + "/" + file).status())
                .as("J2 is not assigned the paper (a co-author)")
                .isEqualTo(404);
    }

    @Test
    void theReviewsBestGoOnToAFinalRoundScoredByEveryJurorFreeOfConflicts() {
        Jury j = jury("Final", 3);
        String secretariat = j.setting().secretariat().token();
        String calls = "/api/v1/awards/calls/" + j.call();
        Map<String, Object> twoFinalists = call(j.setting().alliance(), "Final awards", 3, 3);
        @SuppressWarnings("unchecked")
        Map<String, Object> rules = (Map<String, Object>) twoFinalists.get("jury");
        rules.put("finalists", 2);
        twoFinalists.put("version", api().get(calls).json().get("version").asLong());
        assertThat(api().token(secretariat).put(calls, twoFinalists).status()).isEqualTo(200);
        toReview(j);
        JsonNode review =
                api().token(secretariat).post(calls + "/assignment", Map.of()).json();
        api().token(secretariat).post(calls + "/assignment/publication", Map.of());
        // in review the paper does best, then the venture, then the star
        Map<String, Integer> relevance = Map.of("paper", 3, "venture", 2, "star", 1);
        Map<String, TestUser> users = new HashMap<>();
        j.juror()
                .forEach((key, id) -> users.put(
                        key, newUserWith("final-" + key, Role.EXPERT, j.person().get(key))));
        score(j, review, users, relevance, 5);
        assertThat(CooperationIT.errorCodes(
                        api().token(secretariat).post(calls + "/phase", Map.of("phase", "RESULTS"))))
                .as("the final round cannot be skipped")
                .containsExactly("error.award.phase");
        assertThat(api().token(secretariat)
                        .post(calls + "/phase", Map.of("phase", "FINAL"))
                        .status())
                .isEqualTo(200);
        Map<Long, Boolean> finalists = new HashMap<>();
        api().token(secretariat)
                .get(calls + "/entries")
                .json()
                .forEach(e ->
                        finalists.put(e.get("id").asLong(), e.get("finalist").asBoolean()));
        assertThat(finalists)
                .containsEntry(j.entry().get("paper"), true)
                .containsEntry(j.entry().get("venture"), true)
                .containsEntry(j.entry().get("star"), false);

        // every juror without a conflict scores each finalist; the star is not in the round
        JsonNode finals =
                api().token(secretariat).post(calls + "/assignment", Map.of()).json();
        assertThat(finals.get("phase").asText()).isEqualTo("FINAL");
        assertThat(finals.get("assigned").has(String.valueOf(j.entry().get("star"))))
                .isFalse();
        assertThat(jurors(finals, j.entry().get("paper")))
                .containsExactlyInAnyOrder(
                        j.juror().get("J1"), j.juror().get("J4"), j.juror().get("J6"));
        assertThat(jurors(finals, j.entry().get("venture")))
                .containsExactlyInAnyOrder(
                        j.juror().get("J1"),
                        j.juror().get("J2"),
                        j.juror().get("J3"),
                        j.juror().get("J5"),
                        j.juror().get("J6"));
        String paperScore = calls + "/entries/" + j.entry().get("paper") + "/score";
        Map<String, Object> marks = Map.of("marks", Map.of("relevance", 3, "evidence", 9));
        assertThat(api().token(users.get("J6").token()).put(paperScore, marks).status())
                .as("hidden until published")
                .isEqualTo(403);
        api().token(secretariat).post(calls + "/assignment/publication", Map.of());
        // in the final the venture convinces more
        score(j, finals, users, Map.of("paper", 1, "venture", 3), 5);
        JsonNode finalRanking = api().token(secretariat).get(calls + "/ranking").json();
        assertThat(finalRanking.get("phase").asText()).isEqualTo("FINAL");
        assertThat(finalRanking.get("rows")).hasSize(2);
        assertThat(finalRanking.get("rows").get(0).get("entry").get("id").asLong())
                .isEqualTo(j.entry().get("venture"));
        assertThat(api().token(secretariat)
                        .get(calls + "/ranking?phase=REVIEW")
                        .json()
                        .get("rows")
                        .get(0)
                        .get("entry")
                        .get("id")
                        .asLong())
                .as("the review's ranking is kept")
                .isEqualTo(j.entry().get("paper"));
        List<Map<String, Object>> star =
                List.of(Map.of("entryId", j.entry().get("star"), "place", 1, "prize", Map.of("en", "First prize")));
        assertThat(CooperationIT.errorCodes(api().token(secretariat).put(calls + "/winners", star)))
                .as("only a finalist wins after a final round")
                .containsExactly("error.award.winnerEntry");
        List<Map<String, Object>> venture =
                List.of(Map.of("entryId", j.entry().get("venture"), "place", 1, "prize", Map.of("en", "First prize")));
        assertThat(api().token(secretariat).put(calls + "/winners", venture).status())
                .isEqualTo(200);
        assertThat(api().token(secretariat)
                        .post(calls + "/phase", Map.of("phase", "RESULTS"))
                        .status())
                .isEqualTo(200);
        assertThat(api().get(calls + "/winners").json().get(0).get("id").asLong())
                .isEqualTo(j.entry().get("venture"));
    }

    private static List<Long> jurors(JsonNode outcome, long entry) {
        return outcome.get("assigned")
                .get(String.valueOf(entry))
                .valueStream()
                .map(JsonNode::asLong)
                .toList();
    }

    /** Every assigned juror scores each entry with the relevance given for it and the evidence mark. */
    private void score(
            Jury j, JsonNode outcome, Map<String, TestUser> users, Map<String, Integer> relevance, int evidence) {
        relevance.forEach((entry, level) -> {
            long id = j.entry().get(entry);
            for (long juror : jurors(outcome, id)) {
                String key = j.juror().entrySet().stream()
                        .filter(e -> e.getValue() == juror)
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElseThrow();
                Api.Response scored = api().token(users.get(key).token())
                        .put(
                                "/api/v1/awards/calls/" + j.call() + "/entries/" + id + "/score",
                                Map.of("marks", Map.of("relevance", level, "evidence", evidence)));
                assertThat(scored.status()).as(scored.body()).isEqualTo(200);
            }
        });
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.vocbridge.awards.domain.Conflicts conflictsOfCalls;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Sets the lock of a scheduled work as another node would hold it, until the time given (UTC). */
    private void lock(String work, String node, java.time.LocalDateTime until) {
        java.time.LocalDateTime now = java.time.LocalDateTime.now(ZoneOffset.UTC);
        int updated = jdbc.sql("update shedlock set lock_until = ?, locked_at = ?, locked_by = ? where name = ?")
                .params(until, now, node, work)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by) values (?, ?, ?, ?)")
                    .params(work, until, now, node)
                    .update();
        }
    }

    @Test
    void theHourlyRecheckOfConflictsRunsOnOneNodeAtATime() {
        Jury j = jury("Recheck", 3);
        String calls = "/api/v1/awards/calls/" + j.call();
        toReview(j);
        java.time.LocalDateTime now = java.time.LocalDateTime.now(ZoneOffset.UTC);
        lock("awards.conflict-recheck", "node-b", now.plusDays(1));
        // J6 writes a report with P1 now: only a re-check finds the conflict, as nobody scored yet
        Map<String, Object> later =
                LibraryIT.draft("REPORT", "Recheck later report", j.setting().college(), null);
        later.put("authors", List.of(j.person().get("P1"), j.person().get("J6")));
        created(j.setting().member().token(), "/api/v1/resources", later);
        String secretariat = j.setting().secretariat().token();
        assertThat(conflicts(
                        j, api().token(secretariat).get(calls + "/conflicts").json()))
                .doesNotContain("J6 paper CO_AUTHOR");

        conflictsOfCalls.refreshScoredCalls();
        assertThat(conflicts(
                        j, api().token(secretariat).get(calls + "/conflicts").json()))
                .as("another node holds the re-check: this one skips it")
                .doesNotContain("J6 paper CO_AUTHOR");

        lock("awards.conflict-recheck", "node-b", now.minusDays(1));
        conflictsOfCalls.refreshScoredCalls();
        assertThat(conflicts(
                        j, api().token(secretariat).get(calls + "/conflicts").json()))
                .as("the lock has expired: this node runs it")
                .contains("J6 paper CO_AUTHOR");
        assertThat(jdbc.sql("select locked_by from shedlock where name = 'awards.conflict-recheck'")
                        .query(String.class)
                        .single())
                .isNotEqualTo("node-b");
    }

    @Test
    void winnersArePublishedWithACertificateAnyoneCanCheckAndFoundInTheArchive() {
        Jury j = jury("Archive", 2);
        String secretariat = j.setting().secretariat().token();
        String calls = "/api/v1/awards/calls/" + j.call();
        toReview(j);
        api().token(secretariat).post(calls + "/assignment", Map.of());
        assertThat(api().get(calls + "/winners").json()).isEmpty();
        Api.Response noWinners = api().token(secretariat).post(calls + "/phase", Map.of("phase", "RESULTS"));
        assertThat(CooperationIT.errorCodes(noWinners)).containsExactly("error.award.noWinners");
        List<Map<String, Object>> winners = new ArrayList<>();
        winners.add(Map.of(
                "entryId", j.entry().get("paper"),
                "place", 1,
                "prize", Map.of("en", "First prize", "zh", "一等奖"),
                "citation", Map.of("en", "Pipelines welded with uncommon care")));
        assertThat(api().token(j.setting().member().token())
                        .put(calls + "/winners", winners)
                        .status())
                .isEqualTo(403);
        assertThat(api().token(secretariat).put(calls + "/winners", winners).status())
                .isEqualTo(200);
        assertThat(api().get(calls + "/winners").json())
                .as("not before the results")
                .isEmpty();
        JsonNode entrantsView = api().token(j.setting().member().token())
                .get(calls + "/entries/mine")
                .json();
        assertThat(entrantsView
                        .valueStream()
                        .filter(e -> e.get("id").asLong() == j.entry().get("paper")))
                .hasSize(1)
                .allSatisfy(e -> {
                    assertThat(e.get("place").isNull())
                            .as("the entrant learns it with everyone")
                            .isTrue();
                    assertThat(e.get("prize").isNull()).isTrue();
                });
        assertThat(api().token(secretariat)
                        .get(calls + "/entries")
                        .json()
                        .valueStream()
                        .filter(e -> e.get("id").asLong() == j.entry().get("paper"))
                        .findFirst()
                        .orElseThrow()
                        .get("place")
                        .asInt())
                .isEqualTo(1);
        assertThat(api().token(secretariat)
                        .post(calls + "/phase", Map.of("phase", "RESULTS"))
                        .status())
                .isEqualTo(200);
        JsonNode won = api().get(calls + "/winners").json();
        assertThat(won).hasSize(1);
        String code = won.get(0).get("certificateCode").asText();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        JsonNode certificate =
                api().get("/api/v1/awards/certificates/" + code.toLowerCase()).json();
        assertThat(certificate.get("entry").get("id").asLong())
                .isEqualTo(j.entry().get("paper"));
        assertThat(api().get("/api/v1/awards/certificates/AAAA-BBBB-CCCC").status())
                .isEqualTo(404);
        Api.Response pdf = api().get("/awards/certificates/" + code + ".pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(api().get("/awards/" + j.call()).body()).contains("Pipelines welded with uncommon care");
        assertThat(api().get("/awards?q="
                                + java.net.URLEncoder.encode("uncommon care", java.nio.charset.StandardCharsets.UTF_8))
                        .body())
                .contains("#entry-" + j.entry().get("paper"));
        assertThat(api().get("/awards?q=%E4%B8%80%E7%AD%89%E5%A5%96").body())
                .as("一等奖 is not in a title or citation")
                .doesNotContain("#entry-" + j.entry().get("paper"));
        assertThat(api().get("/api/v1/search?type=award_winner&q=" + Api.encode("uncommon care"))
                        .body())
                .as("the global search finds the winner by its citation")
                .contains("/awards/" + j.call() + "#entry-" + j.entry().get("paper"));
        assertThat(api().get("/api/v1/search?type=award_call&q=" + Api.encode("Archive awards"))
                        .body())
                .contains("/awards/" + j.call());
        assertThat(api().get("/api/v1/awards/entries/" + j.entry().get("star")).status())
                .as("entries that did not win stay private")
                .isEqualTo(404);
    }

    @Test
    void theDemoAwardsAreHandedOverAtTheFiveProvinceConferencesCeremonyAndItsSessionLinksThem() {
        JsonNode demo = api().get("/api/v1/awards/calls")
                .json()
                .valueStream()
                .filter(c -> c.get("phase").asText().equals("RESULTS")
                        && c.get("demo").asBoolean())
                .findFirst()
                .orElseThrow();
        JsonNode ceremony = demo.get("ceremony");
        assertThat(ceremony.get("eventTitle").get("en").asText()).startsWith("Western five-province TVET conference");
        long session = ceremony.get("sessionId").asLong();
        assertThat(api().get("/events/" + ceremony.get("eventId").asLong()).body())
                .contains("/awards?ceremony=" + session);
        String atCeremony = api().get("/awards?ceremony=" + session).body();
        assertThat(atCeremony).contains("href=\"/awards/" + demo.get("id").asLong() + "\"");
        api().get("/api/v1/awards/calls")
                .json()
                .valueStream()
                .filter(c -> c.get("id").asLong() != demo.get("id").asLong())
                .forEach(other -> assertThat(atCeremony)
                        .doesNotContain("href=\"/awards/" + other.get("id").asLong() + "\""));
        JsonNode winners = api().get("/api/v1/awards/calls/" + demo.get("id").asLong() + "/winners")
                .json();
        assertThat(winners).hasSize(3);
        assertThat(winners)
                .allSatisfy(w -> assertThat(w.get("demo").asBoolean()).isTrue());
    }

    private static List<String> callPairs(String csrf, long alliance, int weight, String name, String[] levels) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> pairs = new ArrayList<>(List.of(
                "_csrf", csrf,
                "allianceId", String.valueOf(alliance),
                "title[0].lang", "en",
                "title[0].text", "Form practice awards",
                "categories", "GOOD_PRACTICE",
                "opensOn", today.toString(),
                "closesOn", today.plusDays(10).toString(),
                "jurorsPerEntry", "2",
                "minPerJuror", "0",
                "maxPerJuror", "10",
                "affiliationYears", "3",
                "normalizationMinimum", "5",
                "blindReview", "true",
                "finalists", "0",
                "criteria[0].key", "impact",
                "criteria[0].kind", "JUDGEMENT",
                "criteria[0].name", name,
                "criteria[0].weight", String.valueOf(weight),
                "criteria[0].required", "true"));
        for (int l = 0; l < levels.length; l++) {
            pairs.add("criteria[0].level" + l);
            pairs.add(levels[l]);
        }
        return pairs;
    }

    @Test
    void theSecretariatOpensACallOnThePageAndChangesItsRubricInAnotherLanguage() throws Exception {
        AllianceSetting s =
                allianceSetting("Form awards " + UUID.randomUUID().toString().substring(0, 6));
        WebSession web = new WebSession(baseUrl());
        web.signIn(s.secretariat().username(), s.secretariat().password());
        String[] english = {"None", "Some", "Much", "Proven"};
        List<String> wrong = callPairs(web.csrf("/awards/new"), s.alliance(), 90, "Impact", english);
        var refused = web.postPairs("/awards/new", wrong.toArray(String[]::new));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("The weights must add up to 100 (they add up to 90).");
        assertThat(api().get("/api/v1/awards/calls").body()).doesNotContain("Form practice awards");

        var opened = web.postPairs(
                "/awards/new",
                callPairs(web.csrf("/awards/new"), s.alliance(), 100, "Impact", english)
                        .toArray(String[]::new));
        assertThat(opened.statusCode()).isEqualTo(302);
        long call = Long.parseLong(
                opened.headers().firstValue("Location").orElseThrow().replaceAll("^.*/awards/", ""));
        JsonNode criterion =
                api().get("/api/v1/awards/calls/" + call).json().get("rubric").get(0);
        assertThat(criterion.get("name").get("en").asText()).isEqualTo("Impact");
        assertThat(criterion.get("levels").get(3).get("en").asText()).isEqualTo("Proven");
        WebSession member = new WebSession(baseUrl());
        member.signIn(s.member().username(), s.member().password());
        assertThat(member.get("/awards/" + call + "/edit").statusCode())
                .as("only its secretariat changes it")
                .isEqualTo(403);

        // in Russian: the rubric's Russian texts join the English ones
        List<String> russian =
                callPairs(web.csrf("/awards/" + call + "/edit"), s.alliance(), 100, "Влияние", new String[] {
                    "Нет", "Немного", "Много", "Доказано"
                });
        russian.add("version");
        russian.add(
                api().get("/api/v1/awards/calls/" + call).json().get("version").asText());
        var changed = web.postPairs("/awards/" + call + "/edit?lang=ru", russian.toArray(String[]::new));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        JsonNode both =
                api().get("/api/v1/awards/calls/" + call).json().get("rubric").get(0);
        assertThat(both.get("name").get("en").asText()).isEqualTo("Impact");
        assertThat(both.get("name").get("ru").asText()).isEqualTo("Влияние");
        assertThat(both.get("levels").get(3).get("ru").asText()).isEqualTo("Доказано");
        assertThat(both.get("levels").get(3).get("en").asText()).isEqualTo("Proven");
    }

    @Test
    void aJurorScoresOnAPhoneInRussian() {
        Jury j = jury("Phone", 3);
        String secretariat = j.setting().secretariat().token();
        String calls = "/api/v1/awards/calls/" + j.call();
        toReview(j);
        api().token(secretariat).post(calls + "/assignment", Map.of());
        api().token(secretariat).post(calls + "/assignment/publication", Map.of());
        TestUser juror = newUserWith("juror-ru", Role.EXPERT, j.person().get("J6"));
        signIn(juror.username(), juror.password());
        page.setViewportSize(390, 844);
        page.navigate("/awards/" + j.call() + "?lang=ru");
        page.click("#scoring-link");
        assertThat(page.locator("h1")).hasText("Заявки для оценки");
        assertThat(page.locator("#assigned")).not().containsText("Phone Star");
        page.locator("#entry-" + j.entry().get("paper") + " a").click();
        assertThat(page.locator("#criterion-relevance legend")).containsText("Значимость");
        page.getByLabel("Тесная связь").check();
        page.fill("#mark-evidence", "12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить оценку"))
                .click();
        assertThat(page.locator("#marks\\[evidence\\]-error")).containsText("Оценка от 0 до 10");
        assertThat(page.locator("#mark-evidence")).hasValue("12");
        assertFits("the score form in Russian with an error");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/award-score-ru-390.png"))
                .setFullPage(true));
        page.fill("#mark-evidence", "7");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить оценку"))
                .click();
        assertThat(page.locator(".notice")).hasText("Оценка сохранена.");
        assertThat(page.locator("#entry-" + j.entry().get("paper"))).containsText("Оценено: 68.00");
        assertFits("the juror's entries in Russian");
        JsonNode mine = api().token(juror.token()).get(calls + "/scores/mine").json();
        JsonNode paper = mine.valueStream()
                .filter(a -> a.get("entry").get("id").asLong() == j.entry().get("paper"))
                .findFirst()
                .orElseThrow();
        assertThat(paper.get("score").get("marks").get("relevance").asInt()).isEqualTo(2);
        assertThat(paper.get("score").get("marks").get("evidence").asInt()).isEqualTo(7);

        // the secretariat runs the call from a phone in Chinese: conflicts with their evidence, the ranking
        context.clearCookies();
        signIn(j.setting().secretariat().username(), j.setting().secretariat().password());
        page.navigate("/awards/" + j.call() + "/manage?lang=zh");
        assertThat(page.locator("#conflicts")).containsText("合著者");
        assertThat(page.locator("#conflicts")).containsText("签约方");
        assertThat(page.locator("#ranking-table")).containsText("68.00");
        assertFits("the secretariat's page in Chinese");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/award-manage-zh-390.png"))
                .setFullPage(true));
        assertThat(consoleErrors).isEmpty();
    }
}
