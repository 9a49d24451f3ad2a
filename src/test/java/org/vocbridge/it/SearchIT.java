package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The global search, in Chinese, Russian, English, Thai and Lao, over real Lucene. */
class SearchIT extends IntegrationTest {

    JsonNode search(String query) {
        return api().get("/api/v1/search?size=50&q=" + Api.encode(query)).json();
    }

    static List<String> titles(JsonNode results) {
        List<String> titles = new ArrayList<>();
        results.get("hits").forEach(h -> titles.add(h.get("hit").get("title").asText()));
        return titles;
    }

    long create(Map<String, String> name, String country) {
        return newOrganization(newUser("search"), "VOCATIONAL_COLLEGE", country, name);
    }

    @Test
    void indicatorsAndSurveysAreFoundByTheirWordsInAnyLanguage() {
        JsonNode enrolment = api().get("/api/v1/search?type=indicator&q=" + Api.encode("обучающихся"))
                .json();
        List<String> urls = new ArrayList<>();
        enrolment.get("hits").forEach(h -> urls.add(h.get("hit").get("url").asText()));
        assertThat(urls).contains("/observatory/indicators/TVET.ENROL");
        JsonNode survey = api().get("/api/v1/search?type=survey&q=" + Api.encode("entrepreneurship"))
                .json();
        assertThat(survey.get("hits").get(0).get("hit").get("url").asText()).isEqualTo("/surveys/sco_youth_2026");
        // a survey's description is searched too, and the page offers both kinds
        assertThat(titles(search("предпринимательство"))).isNotEmpty();
        String page = api().get("/search?q=" + Api.encode("创业") + "&lang=zh").body();
        assertThat(page).contains("问卷 (");
        assertThat(api().get("/search?q=" + Api.encode("在校生") + "&lang=zh").body())
                .contains("指标 (");
    }

    @Test
    void chineseFindsAWordInsideLongerCompounds() {
        JsonNode results = api().language("zh")
                .get("/api/v1/search?size=50&q=" + Api.encode("职业教育"))
                .json();
        // 重庆市职业教育学会 is segmented as one compound by a dictionary; bigrams still find it
        assertThat(titles(results)).contains("重庆市职业教育学会", "上海合作组织青年职业教育联盟");
        assertThat(results.get("counts").get("organization").asLong()).isPositive();
        assertThat(results.get("counts").get("alliance").asLong()).isPositive();
        assertThat(results.get("hits").get(0).get("highlights").toString()).contains("<mark>职业教育</mark>");
        assertThat(titles(search("职业教学"))).doesNotContain("重庆市职业教育学会");
        results.get("hits").forEach(h -> {
            if (h.get("hit").get("title").asText().equals("重庆市职业教育学会")) {
                assertThat(h.get("hit").get("subtitle").asText()).isEqualTo("协会学会 · 中国");
                assertThat(h.get("hit").get("url").asText()).startsWith("/organizations/");
            }
        });
        JsonNode expert = api().language("zh")
                .get("/api/v1/search?type=person&q=" + Api.encode("本森"))
                .json();
        assertThat(expert.get("hits").get(0).get("hit").get("subtitle").asText())
                .isEqualTo("老挝职业教育发展研究院院长");
    }

    @Test
    void russianFindsInflectedForms() {
        String city = "Тараз" + UUID.randomUUID().toString().substring(0, 4);
        long id = create(Map.of("ru", "Колледж профессионального образования " + city), "KZ");
        for (String form : List.of("образование", "образования", "образованием")) {
            JsonNode results = search(form + " " + city);
            assertThat(results.get("total").asLong()).as(form).isEqualTo(1);
            assertThat(results.get("hits").get(0).get("hit").get("id").asLong()).isEqualTo(id);
        }
    }

    @Test
    void englishFindsStems() {
        String word = "Zq" + UUID.randomUUID().toString().substring(0, 5);
        create(Map.of("en", "Cooperating Training Centres " + word), "UZ");
        assertThat(search("cooperation centre " + word).get("total").asLong()).isEqualTo(1);
        assertThat(search("trained " + word).get("total").asLong()).isEqualTo(1);
        assertThat(search("hospital " + word).get("total").asLong()).isZero();
    }

    @Test
    void aWordWithATypoFindsItsRecordWhenNothingMatchesAsWritten() {
        String word = randomLetters();
        long id = create(
                Map.of("en", "Polytechnic Welding Academy " + word, "ru", "Политехническая академия сварки " + word),
                "KZ");
        JsonNode asWritten = search("welding " + word);
        assertThat(asWritten.get("total").asLong()).isEqualTo(1);
        assertThat(asWritten.get("similar").asBoolean()).isFalse();
        // a letter left out, in English and in Russian (two left out of a long word)
        for (String typo : List.of("weldng", "Polytechnik", "политехничская", "акдемия")) {
            JsonNode similar = search(typo + " " + word);
            assertThat(similar.get("total").asLong()).as(typo).isEqualTo(1);
            assertThat(similar.get("hits").get(0).get("hit").get("id").asLong()).isEqualTo(id);
            assertThat(similar.get("similar").asBoolean()).as(typo).isTrue();
        }
        // too far off, a wrong first letter, or a short word: nothing
        assertThat(search("wxldxng " + word).get("total").asLong()).isZero();
        assertThat(search("belding " + word).get("total").asLong()).isZero();
        assertThat(search("aca " + word).get("total").asLong()).isZero();
        // the page says these are not the words as written, in the reader's language
        assertThat(api().get("/search?lang=ru&q=" + Api.encode("weldng " + word))
                        .body())
                .contains("Точных совпадений с «weldng " + word + "» нет")
                .contains("Политехническая академия сварки " + word)
                .contains("<mark>Welding</mark>");
    }

    /** A word no demo record has, of letters only (digits are never matched with typos). */
    static String randomLetters() {
        StringBuilder word = new StringBuilder("Qx");
        UUID.randomUUID()
                .toString()
                .chars()
                .filter(Character::isDigit)
                .limit(6)
                .forEach(c -> word.append((char) ('a' + c - '0')));
        return word.toString();
    }

    @Test
    void thaiAndLaoTextIsSegmentedIntoWords() {
        long thai = create(Map.of("th", "วิทยาลัยอาชีวศึกษาเชียงใหม่", "en", "Chiang Mai Vocational College"), "TH");
        JsonNode results = search("อาชีวศึกษา");
        assertThat(results.get("hits").findValues("id").stream().map(JsonNode::asLong))
                .contains(thai);
        assertThat(titles(api().language("en")
                        .get("/api/v1/search?q=" + Api.encode("ເຕັກນິກ"))
                        .json()))
                .as("a word inside the Lao name of the Lao Railway Technical College")
                .contains("Lao Railway Technical College");
    }

    @Test
    void resultsAreGroupedByTypeAndFilteredByCountryGroup() {
        JsonNode all = search("vocational");
        long total = all.get("total").asLong();
        long sum = 0;
        for (var entry : all.get("counts").properties()) {
            sum += entry.getValue().asLong();
        }
        assertThat(sum).isEqualTo(total);
        // counted from the page when it holds every match, by a query per type otherwise: the same counts
        JsonNode firstFive =
                api().get("/api/v1/search?size=5&q=" + Api.encode("vocational")).json();
        JsonNode secondPage = api().get("/api/v1/search?size=50&page=1&q=" + Api.encode("vocational"))
                .json();
        JsonNode onePage = api().get("/api/v1/search?size=100&q=" + Api.encode("vocational"))
                .json();
        assertThat(total).as("more matches than the first page shows").isGreaterThan(5);
        assertThat(onePage.get("hits").size()).isEqualTo((int) total);
        assertThat(firstFive.get("counts")).isEqualTo(onePage.get("counts"));
        assertThat(secondPage.get("counts")).isEqualTo(onePage.get("counts"));
        assertThat(onePage.get("counts")).isEqualTo(all.get("counts"));
        JsonNode nothing = search("zzqxv");
        assertThat(nothing.get("total").asLong()).isZero();
        nothing.get("counts").properties().forEach(e -> assertThat(e.getValue().asLong())
                .isZero());
        assertThat(nothing.get("counts").size()).isEqualTo(all.get("counts").size());
        JsonNode people = api().get(
                        "/api/v1/search?type=person&q=" + Api.encode("Vocational Education Development Institute"))
                .json();
        people.get("hits")
                .forEach(h -> assertThat(h.get("hit").get("type").asText()).isEqualTo("person"));

        JsonNode asean = api().get("/api/v1/search?group=asean&size=50&q=" + Api.encode("university"))
                .json();
        assertThat(asean.get("total").asLong())
                .isPositive()
                .isLessThan(search("university").get("total").asLong() + 1);
        assertThat(titles(asean))
                .contains("Shinawatra University")
                .doesNotContain("Tianjin University of Technology and Education");
    }

    @Test
    void resultsArePagedOnThePageAndInTheApi() {
        JsonNode first =
                api().get("/api/v1/search?size=5&q=" + Api.encode("vocational")).json();
        assertThat(first.get("total").asLong()).isGreaterThan(5);
        JsonNode second = api().get("/api/v1/search?size=5&page=1&q=" + Api.encode("vocational"))
                .json();
        assertThat(titles(second)).doesNotContainAnyElementsOf(titles(first));
        String page = api().get("/search?q=vocational&lang=en").body();
        assertThat(page).contains("rel=\"next\"").containsPattern("Page 1 of \\d+");
        assertThat(page).contains("href=\"/search?q=vocational&amp;lang=en&amp;page=2\"");
    }

    @Test
    void nothingFoundSaysWhatWasSoughtAndHowToFindMore() {
        String nothing = api().get("/search?q=zzqxvw&lang=en&country=LA").body();
        assertThat(nothing)
                .contains("No results for “zzqxvw”.")
                .contains("Search everything, without the filters")
                .doesNotContain("Nothing here yet.");
        assertThat(api().get("/search?q=zzqxvw&lang=ru").body())
                .contains("По запросу «zzqxvw» ничего не найдено.")
                .doesNotContain("без фильтров");
        // a kind of record with nothing found is not offered as a facet
        String colleges =
                api().get("/search?q=" + Api.encode("Lao Railway") + "&lang=en").body();
        assertThat(colleges).contains("Organizations (").doesNotContain("(0)");
    }

    @Test
    void highlightsAreEscapedExceptTheMarks() {
        create(Map.of("zh", "<img src=x onerror=alert(1)>边境职业教育试点"), "CN");
        JsonNode results = search("边境职业教育");
        String highlights = results.get("hits").get(0).get("highlights").toString();
        assertThat(highlights).contains("&lt;img").doesNotContain("<img").contains("<mark>");

        String page = api().get("/search?q=" + Api.encode("边境职业教育")).body();
        assertThat(page).contains("&lt;img").doesNotContain("<img src=x");
    }
}
