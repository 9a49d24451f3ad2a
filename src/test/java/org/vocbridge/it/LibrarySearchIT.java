package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The library's own search: words in Chinese, Russian, English and Thai find resources in those
 * languages, titles rank above summaries, the text inside uploaded files is searchable, a code finds
 * what is tagged with it, and members-only resources are found only by members.
 */
class LibrarySearchIT extends IntegrationTest {

    long published(AllianceSetting s, Map<String, Object> draft) {
        long id = api().token(s.member().token())
                .post("/api/v1/resources", draft)
                .json()
                .get("id")
                .asLong();
        assertThat(api().token(s.secretariat().token())
                        .post("/api/v1/resources/" + id + "/review", Map.of("decision", "PUBLISH"))
                        .status())
                .isEqualTo(200);
        return id;
    }

    static Map<String, Object> titled(
            String kind,
            Map<String, String> title,
            Map<String, String> summary,
            String language,
            long owner,
            long alliance) {
        Map<String, Object> draft = LibraryIT.draft(kind, "x", owner, alliance);
        draft.put("title", title);
        draft.put("summary", summary);
        draft.put("language", language);
        return draft;
    }

    List<Long> search(String token, String query) {
        Api api = token == null ? api() : api().token(token);
        List<Long> ids = new ArrayList<>();
        api.get("/api/v1/resources?size=50&q=" + Api.encode(query))
                .json()
                .get("items")
                .forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    @Test
    void wordsInChineseRussianEnglishAndThaiFindResourcesAndTitlesRankFirst() {
        AllianceSetting s = allianceSetting("Library Search Languages Alliance");
        long chinese = published(
                s,
                titled("COURSE", Map.of("zh", "钢结构焊接工艺课程"), Map.of("zh", "面向东盟学员"), "zh", s.college(), s.alliance()));
        long russian = published(
                s,
                titled(
                        "COURSE",
                        Map.of("ru", "Технология сварки металлоконструкций"),
                        Map.of("ru", "Для колледжей Казахстана"),
                        "ru",
                        s.college(),
                        s.alliance()));
        long english = published(
                s,
                titled(
                        "COURSE",
                        Map.of("en", "Welders of steel structures"),
                        Map.of("en", "A course for ASEAN colleges"),
                        "en",
                        s.college(),
                        s.alliance()));
        long thai = published(
                s,
                titled(
                        "COURSE",
                        Map.of("th", "หลักสูตรการเชื่อมโลหะ"),
                        Map.of("th", "สำหรับวิทยาลัยอาชีวศึกษา"),
                        "th",
                        s.college(),
                        s.alliance()));
        long summaryOnly = published(
                s,
                titled(
                        "REPORT",
                        Map.of("en", "Annual report of the college"),
                        Map.of("en", "Includes the welding workshop and its welders"),
                        "en",
                        s.college(),
                        s.alliance()));

        assertThat(search(null, "焊接")).contains(chinese).doesNotContain(russian, english, thai);
        assertThat(search(null, "сварка"))
                .as("another form of the Russian word")
                .contains(russian);
        assertThat(search(null, "welder"))
                .as("English stemming: welder finds welders")
                .contains(english);
        List<Long> welders = search(null, "welders");
        assertThat(welders.indexOf(english))
                .as("a title match ranks above a summary match")
                .isLessThan(welders.indexOf(summaryOnly));
        assertThat(search(null, "เชื่อม")).as("Thai words are segmented").contains(thai);
    }

    @Test
    void theTextInsideUploadedPdfDocxAndOdtFilesIsSearchable() throws Exception {
        AllianceSetting s = allianceSetting("Library Search Files Alliance");
        long pdfResource = published(
                s, titled("TEXTBOOK", Map.of("en", "Plain title one"), Map.of(), "en", s.college(), s.alliance()));
        long docxResource = published(
                s, titled("TEXTBOOK", Map.of("en", "Plain title two"), Map.of(), "en", s.college(), s.alliance()));
        assertThat(api().token(s.member().token())
                        .upload(
                                "/api/v1/resources/" + pdfResource + "/versions",
                                "book.pdf",
                                org.vocbridge.testing.TestPdf.of("Hydraulic excavator maintenance schedule"))
                        .status())
                .isEqualTo(201);
        assertThat(api().token(s.member().token())
                        .upload(
                                "/api/v1/resources/" + docxResource + "/versions",
                                "book.docx",
                                LibraryIT.docx("Photovoltaic inverter troubleshooting"))
                        .status())
                .isEqualTo(201);
        assertThat(search(null, "excavator maintenance")).containsExactly(pdfResource);
        assertThat(search(null, "photovoltaic inverter")).containsExactly(docxResource);
    }

    @Test
    void aCodeFindsWhatIsTaggedWithItAndMembersOnlyResourcesStayWithMembers() {
        AllianceSetting s = allianceSetting("Library Search Codes Alliance");
        Map<String, Object> tagged = titled(
                "COURSE_STANDARD", Map.of("en", "Sheet metal standard"), Map.of(), "en", s.college(), s.alliance());
        tagged.put("occupations", List.of("7213"));
        tagged.put("fields", List.of("0715"));
        long standard = published(s, tagged);
        assertThat(search(null, "7213")).contains(standard);
        assertThat(search(null, "721")).as("an ISCO minor group").contains(standard);

        Map<String, Object> secret =
                titled("COURSE", Map.of("en", "Zirconium brazing secrets"), Map.of(), "en", s.college(), s.alliance());
        secret.put("visibility", "MEMBERS");
        long members = published(s, secret);
        assertThat(search(s.member().token(), "zirconium brazing")).containsExactly(members);
        assertThat(search(s.secretariat().token(), "zirconium brazing")).containsExactly(members);
        assertThat(search(null, "zirconium brazing")).isEmpty();
        assertThat(search(s.outsider().token(), "zirconium brazing")).isEmpty();
        assertThat(api().get("/api/v1/search?q=" + Api.encode("zirconium brazing"))
                        .json()
                        .get("hits"))
                .isEmpty();
        assertThat(api().get("/library?q=" + Api.encode("zirconium brazing")).body())
                .doesNotContain("Zirconium brazing secrets");
    }
}
