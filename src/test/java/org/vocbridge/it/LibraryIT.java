package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The library: review before publishing, members-only resources, versions and uploads, relations. */
class LibraryIT extends IntegrationTest {

    static Map<String, Object> draft(String kind, String title, long owner, Long alliance) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", kind);
        draft.put("title", Map.of("en", title, "ru", title + " (рус.)"));
        draft.put("summary", Map.of("en", "Welding of pipelines for " + title));
        draft.put("language", "en");
        draft.put("owners", List.of(owner));
        draft.put("countries", List.of("KZ", "CN"));
        draft.put("fields", List.of("0715"));
        draft.put("occupations", List.of("7212"));
        draft.put("licence", "CC_BY");
        draft.put("visibility", "PUBLIC");
        if (alliance != null) {
            draft.put("allianceId", alliance);
        }
        return draft;
    }

    long submit(TestUser user, Map<String, Object> draft) {
        Api.Response created = api().token(user.token()).post("/api/v1/resources", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    void publish(TestUser reviewer, long id) {
        Api.Response published = api().token(reviewer.token())
                .post("/api/v1/resources/" + id + "/review", Map.of("decision", "PUBLISH"));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
    }

    static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    List<String> searchTitles(String text) {
        List<String> titles = new ArrayList<>();
        api().language("en")
                .get("/api/v1/search?q=" + Api.encode(text) + "&type=resource")
                .json()
                .get("hits")
                .forEach(h -> titles.add(h.get("hit").get("title").asText()));
        return titles;
    }

    @Test
    void aSubmittedResourceIsSeenOnlyByItsOwnersAndReviewerUntilPublished() {
        AllianceSetting s = allianceSetting("Library Review Alliance");
        long id = submit(
                s.member(), draft("COURSE_STANDARD", "Orbital welding course standard", s.college(), s.alliance()));
        assertThat(api().get("/api/v1/resources/" + id).status()).isEqualTo(404);
        assertThat(api().token(s.outsider().token())
                        .get("/api/v1/resources/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(searchTitles("Orbital welding")).isEmpty();
        assertThat(ids(api().token(s.secretariat().token())
                        .get("/api/v1/resources?status=SUBMITTED&alliance=" + s.alliance())
                        .json()))
                .containsExactly(id);

        // the submitter may not publish; returning needs a reason
        assertThat(api().token(s.member().token())
                        .post("/api/v1/resources/" + id + "/review", Map.of("decision", "PUBLISH"))
                        .status())
                .isEqualTo(403);
        Api.Response noReason = api().token(s.secretariat().token())
                .post("/api/v1/resources/" + id + "/review", Map.of("decision", "RETURN"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(CooperationIT.errorCodes(noReason)).containsExactly("error.resource.reasonRequired");

        JsonNode returned = api().token(s.secretariat().token())
                .post("/api/v1/resources/" + id + "/review", Map.of("decision", "RETURN", "note", "Add the hours"))
                .json();
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        Map<String, Object> corrected =
                draft("COURSE_STANDARD", "Orbital welding course standard", s.college(), s.alliance());
        corrected.put("durationHours", 72);
        corrected.put("version", returned.get("version").asLong());
        JsonNode resubmitted = api().token(s.member().token())
                .put("/api/v1/resources/" + id, corrected)
                .json();
        assertThat(resubmitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(resubmitted.get("reviewNote").asText()).isEqualTo("Add the hours");

        publish(s.secretariat(), id);
        JsonNode seen = api().get("/api/v1/resources/" + id).json();
        assertThat(seen.get("durationHours").asInt()).isEqualTo(72);
        assertThat(seen.get("reviewNote").isNull())
                .as("the review note is for the submitter")
                .isTrue();
        assertThat(searchTitles("Orbital welding")).containsExactly("Orbital welding course standard");
        assertThat(ids(api().get("/api/v1/resources?occupation=72&field=07&language=en&country=KZ&kind=COURSE_STANDARD")
                        .json()))
                .as("an ISCO group and an ISCED-F broad field take in the codes under them")
                .contains(id);
        assertThat(ids(api().get("/api/v1/resources?occupation=71").json())).doesNotContain(id);

        Api.Response mistyped = api().language("ru").get("/api/v1/resources?kind=NOT_A_KIND&alliance=first");
        assertThat(mistyped.status()).isEqualTo(400);
        assertThat(mistyped.header("Content-Type")).startsWith("application/problem+json");
        assertThat(mistyped.json().get("errors").findValuesAsString("field")).containsAnyOf("kind", "alliance");
        assertThat(mistyped.json().get("errors").get(0).get("message").asText())
                .contains("Значение неподходящего вида");
        Api.Response control = api().language("zh").get("/api/v1/resources?country=" + Api.encode("K\u0000Z"));
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.json().get("errors").get(0).get("field").asText()).isEqualTo("country");
        assertThat(control.json().get("errors").get(0).get("message").asText()).contains("控制字符");
    }

    @Test
    void membersOnlyResourcesNeverReachOutsiders() {
        AllianceSetting s = allianceSetting("Library Members Alliance");
        Map<String, Object> draft = draft("COURSE", "Confidential pipeline course", s.college(), s.alliance());
        draft.put("visibility", "MEMBERS");
        long id = submit(s.member(), draft);
        byte[] pdf = org.vocbridge.testing.TestPdf.of("Confidential pipeline course");
        assertThat(api().token(s.member().token())
                        .upload("/api/v1/resources/" + id + "/versions", "course.pdf", pdf)
                        .status())
                .isEqualTo(201);
        publish(s.secretariat(), id);

        assertThat(api().token(s.member().token())
                        .get("/api/v1/resources/" + id)
                        .status())
                .isEqualTo(200);
        assertThat(ids(api().token(s.member().token())
                        .get("/api/v1/resources?alliance=" + s.alliance())
                        .json()))
                .contains(id);
        for (Api api : List.of(api(), api().token(s.outsider().token()))) {
            assertThat(api.get("/api/v1/resources/" + id).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/resources/" + id + "/file").status()).isEqualTo(404);
            assertThat(api.get("/library/" + id + "/versions/1/file").status()).isEqualTo(404);
            assertThat(api.get("/api/v1/resources/" + id + "/versions").status())
                    .isEqualTo(404);
            assertThat(ids(api.get("/api/v1/resources?alliance=" + s.alliance()).json()))
                    .doesNotContain(id);
        }
        assertThat(searchTitles("Confidential pipeline")).isEmpty();
        // counted from the records: members count what is for members, others only what is public
        assertThat(api().get("/api/v1/resources/counts?alliance=" + s.alliance())
                        .json()
                        .has("COURSE"))
                .isFalse();
        assertThat(api().token(s.member().token())
                        .get("/api/v1/resources/counts?alliance=" + s.alliance())
                        .json()
                        .get("COURSE")
                        .asLong())
                .isEqualTo(1);
        assertThat(api().token(s.member().token())
                        .get("/library?alliance=" + s.alliance())
                        .status())
                .isEqualTo(200);

        // a members-only resource needs an alliance
        Map<String, Object> noAlliance = draft("COURSE", "Orphan members course", s.college(), null);
        noAlliance.put("visibility", "MEMBERS");
        Api.Response refused = api().token(s.member().token()).post("/api/v1/resources", noAlliance);
        assertThat(CooperationIT.errorCodes(refused)).containsExactly("error.resource.membersNeedAlliance");
    }

    @Test
    void versionsStayDownloadableWithTheirFingerprintsAndDownloadsAreCounted() throws Exception {
        AllianceSetting s = allianceSetting("Library Versions Alliance");
        long id = submit(s.member(), draft("TEXTBOOK", "Pipeline welding textbook", s.college(), s.alliance()));
        byte[] first = org.vocbridge.testing.TestPdf.of("first edition");
        byte[] second = docx("second edition");
        assertThat(api().token(s.member().token())
                        .upload("/api/v1/resources/" + id + "/versions?changeNote=First", "book.pdf", first)
                        .json()
                        .get("sha256")
                        .asText())
                .isEqualTo(sha256(first));
        JsonNode v2 = api().token(s.member().token())
                .upload("/api/v1/resources/" + id + "/versions?changeNote=Second", "book.docx", second)
                .json();
        assertThat(v2.get("number").asInt()).isEqualTo(2);
        assertThat(v2.get("mediaType").asText())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        publish(s.secretariat(), id);

        Api.Response old = api().get("/api/v1/resources/" + id + "/versions/1/file");
        assertThat(old.raw().body()).isEqualTo(first);
        assertThat(old.header("Digest")).isEqualTo("sha-256=" + sha256(first));
        assertThat(old.header("Content-Disposition")).startsWith("attachment");
        assertThat(api().get("/api/v1/resources/" + id + "/file").raw().body()).isEqualTo(second);
        assertThat(api().get("/api/v1/resources/" + id + "/file").raw().body()).isEqualTo(second);
        JsonNode resource = api().get("/api/v1/resources/" + id).json();
        assertThat(resource.get("downloads").asLong()).isEqualTo(3);
        assertThat(resource.get("latest").get("downloads").asLong()).isEqualTo(2);
        List<Long> downloads = new ArrayList<>();
        api().get("/api/v1/resources?sort=DOWNLOADS&size=100")
                .json()
                .get("items")
                .forEach(i -> downloads.add(i.get("downloads").asLong()));
        assertThat(downloads).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode hit = api().get("/api/v1/resources?q=Pipeline+welding+textbook")
                .json()
                .get("items")
                .get(0);
        assertThat(hit.get("id").asLong()).isEqualTo(id);
        assertThat(hit.get("downloads").asLong())
                .as("a search hit shows the downloads counted since the resource was indexed")
                .isEqualTo(3);
        assertThat(hit.get("countries")).extracting(JsonNode::asText).containsExactly("CN", "KZ");
        JsonNode byDownloads = api().get("/api/v1/resources?q=Pipeline+welding+textbook&sort=DOWNLOADS&size=100")
                .json()
                .get("items");
        List<Long> found = new ArrayList<>();
        byDownloads.forEach(i -> found.add(i.get("downloads").asLong()));
        assertThat(found).as("matches ordered by downloads").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode ours = java.util.stream.StreamSupport.stream(byDownloads.spliterator(), false)
                .filter(i -> i.get("id").asLong() == id)
                .findFirst()
                .orElseThrow();
        assertThat(ours.get("downloads").asLong()).isEqualTo(3);
        assertThat(ours.get("countries")).extracting(JsonNode::asText).containsExactly("CN", "KZ");
        assertThat(api().token(s.outsider().token())
                        .upload("/api/v1/resources/" + id + "/versions", "mine.pdf", first)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void uploadsThatAreNotWhatTheyClaimOrAreUnsafeZipsAreRefusedAndChangeNothing() throws IOException {
        AllianceSetting s = allianceSetting("Library Uploads Alliance");
        long id =
                submit(s.member(), draft("SHORT_COURSE_PACKAGE", "Welding safety package", s.college(), s.alliance()));
        String path = "/api/v1/resources/" + id + "/versions";

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 210; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(1024 * 1024);
        ByteArrayOutputStream climbing = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(climbing)) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write("<manifest/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("../../webapps/shell.jsp"));
            zip.write("<% evil %>".getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream plainZip = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(plainZip)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("no manifest".getBytes(StandardCharsets.UTF_8));
        }
        Map<String, byte[]> attacks = Map.of(
                "error.zip.size", bomb.toByteArray(),
                "error.zip.path", climbing.toByteArray(),
                "error.resource.package", plainZip.toByteArray(),
                "error.upload.type", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        attacks.forEach((code, content) -> {
            Api.Response refused = api().token(s.member().token()).upload(path, "package.zip", content);
            assertThat(refused.status()).as(code).isEqualTo(400);
            assertThat(CooperationIT.errorCodes(refused)).as(code).containsExactly(code);
        });
        // a PDF declared as a course package is not what it claims
        Api.Response mismatch = api().token(s.member().token())
                .upload(
                        path,
                        "x.zip",
                        "application/zip",
                        org.vocbridge.testing.TestPdf.of("a standard, not a package"));
        assertThat(CooperationIT.errorCodes(mismatch)).containsExactly("error.upload.mismatch");
        assertThat(api().token(s.member().token()).get(path).json()).isEmpty();
    }

    static byte[] zipWith(String manifest) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("sco1/index.html"));
            zip.write("<script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void aCoursePackageShowsItsManifestAndHostileManifestsAreRefused() throws IOException {
        AllianceSetting s = allianceSetting("Library Package Alliance");
        long id = submit(s.member(), draft("SHORT_COURSE_PACKAGE", "Pipe cutting package", s.college(), s.alliance()));
        String path = "/api/v1/resources/" + id + "/versions";
        String scorm = """
                <?xml version="1.0"?>
                <manifest identifier="pipe" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
                  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
                  <organizations default="org">
                    <organization identifier="org"><title>Pipe cutting</title>
                      <item identifier="i1" identifierref="r1"><title>Measuring</title></item>
                      <item identifier="i2"><title>Cutting</title>
                        <item identifier="i3" identifierref="r2"><title>Saw cutting</title></item>
                      </item>
                    </organization>
                  </organizations>
                  <resources>
                    <resource identifier="r1" type="webcontent" adlcp:scormtype="sco" href="sco1/index.html"/>
                    <resource identifier="r2" type="webcontent" adlcp:scormtype="sco" href="sco1/index.html"/>
                  </resources>
                </manifest>
                """.strip();
        JsonNode version = api().token(s.member().token())
                .upload(path, "pipe.zip", zipWith(scorm))
                .json();
        JsonNode outline = version.get("packageOutline");
        assertThat(outline.get("standard").asText()).isEqualTo("SCORM");
        assertThat(outline.get("version").asText()).isEqualTo("1.2");
        assertThat(outline.get("title").asText()).isEqualTo("Pipe cutting");
        assertThat(outline.get("resources").asInt()).isEqualTo(2);
        assertThat(outline.get("items").get(1).get("items").get(0).get("title").asText())
                .isEqualTo("Saw cutting");
        publish(s.secretariat(), id);
        String page = api().get("/library/" + id).body();
        assertThat(page).contains("Saw cutting").doesNotContain("alert(document.cookie)");

        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE manifest [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<manifest><metadata><schema>&secret;</schema></metadata></manifest>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE manifest [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<manifest><metadata><schema>&c;</schema></metadata></manifest>";
        for (String hostile : List.of(xxe, laughs, "not xml at all", "<notamanifest/>")) {
            Api.Response refused = api().token(s.member().token()).upload(path, "bad.zip", zipWith(hostile));
            assertThat(refused.status()).as(hostile).isEqualTo(400);
            assertThat(CooperationIT.errorCodes(refused)).containsExactly("error.resource.manifest");
            assertThat(refused.body()).doesNotContain("root:");
        }
        assertThat(api().token(s.member().token()).get(path).json()).hasSize(1);
    }

    @Test
    void aStandardShowsTheChainDownToCoursesAndRelationsFollowTheKinds() {
        AllianceSetting s = allianceSetting("Library Chain Alliance");
        long occupational = submit(
                s.member(),
                draft("OCCUPATIONAL_STANDARD", "Pipeline welder occupational standard", s.college(), s.alliance()));
        long courseStandard = submit(
                s.member(), draft("COURSE_STANDARD", "Pipeline welding course standard", s.college(), s.alliance()));
        long course = submit(s.member(), draft("COURSE", "Pipeline welding course", s.college(), s.alliance()));
        Map<String, Object> secret = draft("COURSE", "Members pipeline course", s.college(), s.alliance());
        secret.put("visibility", "MEMBERS");
        long membersCourse = submit(s.member(), secret);
        for (long id : List.of(occupational, courseStandard, course, membersCourse)) {
            publish(s.secretariat(), id);
        }
        relate(s.member(), courseStandard, "IMPLEMENTS", occupational, 201);
        relate(s.member(), course, "IMPLEMENTS", courseStandard, 201);
        relate(s.member(), membersCourse, "IMPLEMENTS", courseStandard, 201);
        Api.Response wrongKinds = relate(s.member(), occupational, "IMPLEMENTS", course, 400);
        assertThat(CooperationIT.errorCodes(wrongKinds)).containsExactly("error.relation.kinds");
        assertThat(CooperationIT.errorCodes(relate(s.member(), course, "IMPLEMENTS", courseStandard, 400)))
                .containsExactly("error.relation.exists");
        relate(s.member(), course, "DERIVED_FROM", membersCourse, 201);
        assertThat(CooperationIT.errorCodes(relate(s.member(), membersCourse, "DERIVED_FROM", course, 400)))
                .containsExactly("error.relation.cycle");
        relate(s.outsider(), course, "DERIVED_FROM", occupational, 403);

        JsonNode chain = api().token(s.member().token())
                .get("/api/v1/resources/" + occupational + "/chain")
                .json();
        JsonNode standards = chain.get("implementedBy");
        assertThat(standards).hasSize(1);
        assertThat(standards.get(0).get("id").asLong()).isEqualTo(courseStandard);
        assertThat(standards.get(0).get("implementedBy")).hasSize(2);
        JsonNode publicChain =
                api().get("/api/v1/resources/" + occupational + "/chain").json();
        JsonNode courses = publicChain.get("implementedBy").get(0).get("implementedBy");
        assertThat(courses).hasSize(1);
        assertThat(courses.get(0).get("id").asLong()).isEqualTo(course);
        assertThat(api().get("/library/" + occupational).body()).contains("Pipeline welding course");
    }

    Api.Response relate(TestUser user, long from, String type, long to, int expected) {
        Api.Response response = api().token(user.token())
                .post("/api/v1/resources/" + from + "/relations", Map.of("type", type, "toId", to));
        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        return response;
    }

    @Test
    void badResourcesAreRefusedWithEveryProblemAndNothingIsSaved() {
        AllianceSetting s = allianceSetting("Library Bad Input Alliance");
        long before = api().token(s.member().token())
                .get("/api/v1/resources?status=SUBMITTED&organization=" + s.college())
                .json()
                .get("total")
                .asLong();
        Map<String, Object> bad = new HashMap<>();
        bad.put("kind", "COURSE");
        bad.put("title", Map.of("en", " "));
        bad.put("language", "not a tag!");
        bad.put("owners", List.of());
        bad.put("occupations", List.of("9999x"));
        bad.put("licence", "CC_BY");
        bad.put("educationLevel", "12");
        bad.put("links", List.of(Map.of("url", "javascript:alert(1)")));
        Api.Response refused = api().token(s.member().token()).language("ru").post("/api/v1/resources", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(CooperationIT.errorCodes(refused))
                .contains(
                        "error.required",
                        "error.languageTag",
                        "error.resource.ownerRequired",
                        "error.isco.unknown",
                        "error.resource.level",
                        "error.website");
        assertThat(refused.body()).contains("Выберите хотя бы одну организацию-владельца");
        // someone who edits none of the owners may not submit for them
        assertThat(api().token(s.outsider().token())
                        .post("/api/v1/resources", draft("COURSE", "Not mine", s.college(), s.alliance()))
                        .status())
                .isEqualTo(403);
        assertThat(api().token(s.member().token())
                        .get("/api/v1/resources?status=SUBMITTED&organization=" + s.college())
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(before);
    }

    @Test
    void aTranslationIsLinkedToItsOriginalInAnotherLanguage() {
        AllianceSetting s = allianceSetting("Library Translation Alliance");
        long original = submit(s.member(), draft("COURSE", "Pipeline inspection course", s.college(), s.alliance()));
        Map<String, Object> sameLanguage =
                draft("COURSE", "Pipeline inspection course again", s.college(), s.alliance());
        sameLanguage.put("translationOf", original);
        assertThat(CooperationIT.errorCodes(api().token(s.member().token()).post("/api/v1/resources", sameLanguage)))
                .containsExactly("error.resource.sameLanguage");
        Map<String, Object> russian = draft("COURSE", "Курс контроля трубопроводов", s.college(), s.alliance());
        russian.put("language", "ru");
        russian.put("translationOf", original);
        long translation = submit(s.member(), russian);
        publish(s.secretariat(), original);
        publish(s.secretariat(), translation);
        JsonNode translations =
                api().get("/api/v1/resources/" + original).json().get("translations");
        assertThat(translations).hasSize(1);
        assertThat(translations.get(0).get("language").asText()).isEqualTo("ru");
        assertThat(ids(api().get("/api/v1/resources?language=ru&alliance=" + s.alliance())
                        .json()))
                .containsExactly(translation);
    }

    @Test
    void theDemoLibraryHoldsTheHydropowerChainAndTheYongchuanModel() {
        JsonNode standards = api().get("/api/v1/resources?kind=OCCUPATIONAL_STANDARD&field=0713")
                .json();
        assertThat(standards.get("total").asLong()).isGreaterThanOrEqualTo(1);
        long standard = standards.get("items").get(0).get("id").asLong();
        JsonNode chain = api().get("/api/v1/resources/" + standard + "/chain").json();
        assertThat(chain.get("implementedBy").get(0).get("kind").asText()).isEqualTo("COURSE_STANDARD");
        assertThat(chain.get("implementedBy")
                        .get(0)
                        .get("implementedBy")
                        .get(0)
                        .get("kind")
                        .asText())
                .isEqualTo("COURSE");
        JsonNode practices =
                api().get("/api/v1/resources?kind=GOOD_PRACTICE&language=zh").json();
        assertThat(practices.get("items").get(0).get("title").get("zh").asText())
                .contains("产城职创");
        JsonNode packages = api().get("/api/v1/resources?kind=SHORT_COURSE_PACKAGE&language=en")
                .json();
        long pack = packages.get("items").get(0).get("id").asLong();
        assertThat(api().get("/api/v1/resources/" + pack + "/file")
                        .raw()
                        .headers()
                        .firstValue("Content-Type"))
                .hasValue("application/zip");
    }

    @Test
    void everyDemoResourceHasARealFileToDownloadInItsLanguageMarkedAsDemo() throws IOException {
        JsonNode items = api().get("/api/v1/resources?size=100").json().get("items");
        int demos = 0;
        for (JsonNode item : items) {
            if (!item.get("demo").asBoolean()) {
                continue;
            }
            long id = item.get("id").asLong();
            if (item.get("kind").asText().equals("RECORDING")) {
                // an event's recording is its stream, played on the event's live page
                assertThat(api().get("/api/v1/resources/" + id)
                                .json()
                                .get("links")
                                .findValuesAsString("url"))
                        .singleElement()
                        .asString()
                        .matches("/events/\\d+/live");
                continue;
            }
            demos++;
            Api.Response file = api().get("/api/v1/resources/" + id + "/file");
            assertThat(file.status()).as(item.get("title").toString()).isEqualTo(200);
            String type = file.raw().headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("application/zip")) {
                continue; // the course package, read by the package test above
            }
            assertThat(type).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            String language = item.get("language").asText();
            String document = entry(file.raw().body(), "word/document.xml");
            assertThat(document)
                    .contains(item.get("title").get(language).asText())
                    .contains(
                            switch (language) {
                                case "zh" -> "演示";
                                case "ru" -> "демонстрац";
                                default -> "demo data";
                            });
        }
        assertThat(demos).as("the demo library's resources listed").isGreaterThanOrEqualTo(10);
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the file");
    }

    @Test
    void anOwnersPageListsItsPublishedResources() {
        JsonNode resource = api().get("/api/v1/resources?kind=GOOD_PRACTICE&language=zh")
                .json()
                .get("items")
                .get(0);
        long id = resource.get("id").asLong();
        long owner = api().get("/api/v1/resources/" + id)
                .json()
                .get("owners")
                .get(0)
                .get("id")
                .asLong();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
                api().get("/organizations/" + owner + "?lang=zh").body());
        assertThat(page.select("section.mentions h2").eachText()).contains("其资源库资源");
        assertThat(page.select("section.mentions a[href=/library/" + id + "]")).hasSize(1);
        assertThat(page.select("section.mentions a[href=/library?organization=" + owner + "]"))
                .hasSize(1);
        assertThat(api().get("/library?organization=" + owner + "&lang=zh").body())
                .contains("/library/" + id + "\"");
    }

    static byte[] docx(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(
                    ("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                                    + text + "</w:t></w:r></w:p></w:body></w:document>")
                            .getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
