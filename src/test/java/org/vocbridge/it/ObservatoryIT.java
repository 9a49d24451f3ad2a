package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The observatory end to end over HTTP: indicators and their breakdown limit, stewards entering and
 * uploading values (checked row by row, nothing stored while a row is bad), the four-eyes approval,
 * publication, corrections as new releases that leave earlier ones citable, downloads, and who may
 * write what.
 */
class ObservatoryIT extends IntegrationTest {

    static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    List<JsonNode> observations(String query) {
        Api.Response response = api().get("/api/v1/observatory/observations?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        response.json().forEach(rows::add);
        return rows;
    }

    @Test
    void aCountryProfileGivesEachIndicatorsLatestTotalAndTheChangeAndCanBeEmbedded() {
        // Laos: each demo indicator's latest published total, as the API gives it
        List<JsonNode> totals = observations("country=LA&breakdown=total");
        java.util.Map<String, JsonNode> latest = new java.util.TreeMap<>();
        for (JsonNode row : totals) {
            latest.merge(
                    row.get("indicator").asText(),
                    row,
                    (a, b) -> a.get("year").asInt() >= b.get("year").asInt() ? a : b);
        }
        assertThat(latest).containsKey("TVET.ENROL");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
                api().get("/observatory/countries/LA?lang=en").body());
        org.jsoup.select.Elements rows = page.select("#profile-table tbody tr");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(latest.size());
        org.jsoup.nodes.Element enrolment = rows.stream()
                .filter(r -> r.selectFirst("th a").attr("href").startsWith("/observatory/indicators/TVET.ENROL?"))
                .findFirst()
                .orElseThrow();
        JsonNode expected = latest.get("TVET.ENROL");
        assertThat(enrolment.select("td").get(0).text())
                .isEqualTo(expected.get("year").asText());
        java.math.BigDecimal shown = new java.math.BigDecimal(
                enrolment.select("td").get(1).selectFirst("span").text().replace(",", ""));
        assertThat(shown)
                .isEqualByComparingTo(expected.get("value").decimalValue().setScale(0, java.math.RoundingMode.HALF_UP));
        assertThat(enrolment.select("td").get(3).text()).matches("[+-]?\\d+\\.\\d%");
        assertThat(page.select("p.demo").text()).contains("Demo figures");
        assertThat(page.select("#profile details.embed textarea").text()).contains("/embed/observatory/countries/LA");

        org.jsoup.nodes.Document embedded = org.jsoup.Jsoup.parse(
                api().get("/embed/observatory/countries/LA?lang=zh").body());
        assertThat(embedded.select("h1").text()).isEqualTo("老挝的观测数据");
        assertThat(embedded.select("#profile-table tbody tr")).hasSize(rows.size());
        assertThat(api().get("/embed/observatory/countries/XX").status()).isEqualTo(404);

        // the overview leads to every covered country's profile, under its group
        org.jsoup.nodes.Document overview =
                org.jsoup.Jsoup.parse(api().get("/observatory?lang=ru").body());
        assertThat(overview.select("#profiles a[href=/observatory/countries/LA]")
                        .text())
                .isEqualTo("Лаос");
        assertThat(overview.select("#profiles h3").eachText()).contains("Государства — члены АСЕАН");
    }

    @Test
    void anIndicatorsBreakdownsMayNotExceedItsLimitAndOnlyAdminsDefineThem() {
        String admin = adminToken();
        Map<String, Object> draft = new HashMap<>();
        draft.put("code", "IT.WIDE." + UUID.randomUUID().toString().substring(0, 6));
        draft.put("name", Map.of("en", "Too wide"));
        draft.put("unit", Map.of("en", "students"));
        draft.put("dimensions", List.of("sex", "age", "level", "field", "location"));
        draft.put("groups", List.of("asean"));
        Api.Response refused = api().token(admin).post("/api/v1/observatory/indicators", draft);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(CooperationIT.errorCodes(refused)).containsExactly("error.indicator.tooManyCombinations");
        assertThat(refused.json().get("errors").get(0).get("message").asText())
                .as("3 × 5 × 5 × 12 × 3 combinations, beside the default limit")
                .contains("2700")
                .contains("100");
        assertThat(api().get("/api/v1/observatory/indicators/" + draft.get("code"))
                        .status())
                .isEqualTo(404);

        draft.put("dimensions", List.of("sex", "age"));
        draft.put("groups", List.of("no-such-group"));
        assertThat(CooperationIT.errorCodes(api().token(admin).post("/api/v1/observatory/indicators", draft)))
                .containsExactly("error.countryGroup.unknown");

        draft.put("groups", List.of("asean"));
        TestUser someone = newUser("someone");
        assertThat(api().token(someone.token())
                        .post("/api/v1/observatory/indicators", draft)
                        .status())
                .isEqualTo(403);
        Api.Response created = api().token(admin).post("/api/v1/observatory/indicators", draft);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("combinations").asInt()).isEqualTo(15);
        assertThat(created.json().get("countries")).extracting(JsonNode::asText).contains("TH", "VN");
    }

    @Test
    void aBadUploadStoresNothingAndTheFixedOneIsPublishedOnlyAfterSomeoneElseApproves() {
        String admin = adminToken();
        String code = newIndicator(admin, List.of("sex"));
        TestUser first = steward(admin, "TH");
        TestUser second = steward(admin, "TH");
        TestUser kazakh = steward(admin, "KZ");
        String upload = "/api/v1/observatory/countries/TH/uploads";

        Api.Response bad = api().token(first.token())
                .upload(
                        upload,
                        "values.csv",
                        "text/csv",
                        csv(
                                "indicator,country,year,value,flags,sex",
                                code + ",TH,2023,1200,,",
                                "NO.SUCH,TH,2023,5,,",
                                code + ",TH,2023,2000000,,",
                                code + ",TH,2023,1300,,",
                                code + ",TH,2023,abc,,F",
                                code + ",VN,2023,10,,",
                                code + ",TH,2023,10,X,M",
                                code + ",TH,2023,600,,Z"));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        List<String> problems = new ArrayList<>();
        bad.json()
                .get("errors")
                .forEach(e -> problems.add(e.get("row").asInt() + " "
                        + e.get("column").asText() + " " + e.get("code").asText()));
        assertThat(problems)
                .containsExactly(
                        "3 indicator error.observatory.indicator.unknown",
                        "4 value error.observatory.range",
                        "5 year error.observatory.duplicate",
                        "6 value error.observatory.number",
                        "7 country error.observatory.country.other",
                        "8 flags error.observatory.flag",
                        "9 sex error.observatory.breakdown.value");
        assertThat(api().token(first.token())
                        .get("/api/v1/observatory/countries/TH/release")
                        .status())
                .as("nothing was stored")
                .isEqualTo(404);

        byte[] fixed = csv(
                "indicator,country,year,value,flags,confidential,note,sex",
                code + ",TH,2022,1100,,no,,",
                code + ",TH,2023,1200,P,no,Ministry yearbook,",
                code + ",TH,2023,650,P,no,,F",
                code + ",TH,2023,550,P,yes,,M");
        JsonNode dryRun = api().token(first.token())
                .upload(upload + "?dryRun=true", "values.csv", "text/csv", fixed)
                .json();
        assertThat(dryRun.get("stored").asBoolean()).isFalse();
        assertThat(dryRun.get("changed").asInt()).isEqualTo(4);
        assertThat(api().token(first.token())
                        .get("/api/v1/observatory/countries/TH/release")
                        .status())
                .isEqualTo(404);

        assertThat(api().token(kazakh.token())
                        .upload(upload, "values.csv", "text/csv", fixed)
                        .status())
                .as("a steward of another country")
                .isEqualTo(403);
        JsonNode stored = api().token(first.token())
                .upload(upload, "values.csv", "text/csv", fixed)
                .json();
        assertThat(stored.get("stored").asBoolean()).isTrue();
        assertThat(stored.get("changed").asInt()).isEqualTo(4);
        assertThat(observations("indicator=" + code))
                .as("not published before approval")
                .isEmpty();

        int lastNumber = 0;
        for (JsonNode r : api().get("/api/v1/observatory/countries/TH/releases").json()) {
            lastNumber = Math.max(lastNumber, r.path("number").asInt(0));
        }
        JsonNode open = api().token(first.token())
                .get("/api/v1/observatory/countries/TH/release")
                .json();
        long release = open.get("release").get("id").asLong();
        assertThat(open.get("entries")).hasSize(4);
        Api.Response submitted = api().token(first.token())
                .post(
                        "/api/v1/observatory/releases/" + release + "/submit",
                        Map.of(
                                "changeNote",
                                "First figures",
                                "version",
                                open.get("release").get("version").asLong()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        long version = submitted.json().get("version").asLong();

        Api.Response own = api().token(first.token())
                .post("/api/v1/observatory/releases/" + release + "/approve", Map.of("version", version));
        assertThat(CooperationIT.errorCodes(own)).containsExactly("error.observatory.release.ownValues");
        assertThat(api().token(kazakh.token())
                        .post("/api/v1/observatory/releases/" + release + "/approve", Map.of("version", version))
                        .status())
                .isEqualTo(403);
        JsonNode published = api().token(second.token())
                .post("/api/v1/observatory/releases/" + release + "/approve", Map.of("version", version))
                .json();
        assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.get("number").asInt())
                .as("the country's next number")
                .isEqualTo(lastNumber + 1);

        JsonNode seenByAll =
                api().get("/api/v1/observatory/releases/" + release).json();
        assertThat(seenByAll.get("release").get("changeNote").asText()).isEqualTo("First figures");
        assertThat(seenByAll.get("release").get("publishedBy").isNull())
                .as("who wrote and approved is for the country's stewards")
                .isTrue();
        assertThat(seenByAll.get("entries").get(0).get("enteredBy").isNull()).isTrue();
        assertThat(seenByAll.get("entries"))
                .filteredOn(e -> e.get("confidential").asBoolean())
                .allMatch(e -> e.get("value").isNull());
        Map<String, JsonNode> byKey = new HashMap<>();
        observations("indicator=" + code)
                .forEach(o -> byKey.put(
                        o.get("year").asInt() + "/"
                                + (o.get("breakdown").has("sex")
                                        ? o.get("breakdown").get("sex").asText()
                                        : "T"),
                        o));
        assertThat(byKey).containsOnlyKeys("2022/T", "2023/T", "2023/F", "2023/M");
        assertThat(byKey.get("2023/T").get("value").decimalValue()).isEqualByComparingTo("1200");
        assertThat(byKey.get("2023/T").get("flags"))
                .extracting(JsonNode::asText)
                .containsExactly("PROVISIONAL");
        assertThat(byKey.get("2023/T").get("note").asText()).isEqualTo("Ministry yearbook");
        assertThat(byKey.get("2023/M").get("confidential").asBoolean()).isTrue();
        assertThat(byKey.get("2023/M").get("value").isNull())
                .as("a confidential value is never given out")
                .isTrue();
        String csv = api().get("/api/v1/observatory/observations.csv?indicator=" + code + "&breakdown=total")
                .body();
        assertThat(csv.lines().toList()).hasSize(3).anyMatch(l -> l.startsWith(code + ",TH,2023,1200,P,no,"));
        assertThat(api().get("/api/v1/observatory/observations.csv?indicator=" + code + "&breakdown=sex=M")
                        .body())
                .contains(code + ",TH,2023,,P,yes,M")
                // the confidential value, not a part of the random indicator code
                .doesNotContain(",550,");

        // the overview says what changed lately and how current the new indicator is in ASEAN
        org.jsoup.nodes.Document overview =
                org.jsoup.Jsoup.parse(api().get("/observatory?lang=en").body());
        assertThat(overview.select("#latest-releases li").text())
                .contains("Thailand: release " + (lastNumber + 1))
                .contains("First figures");
        assertThat(overview.select("#latest-releases a[href=/observatory/releases/" + release + "]"))
                .hasSize(1);
        List<String> columns = overview.select("#latest-years thead th").eachText();
        int asean = columns.indexOf("ASEAN member states");
        assertThat(asean).as(columns.toString()).isPositive();
        int collectedIn = api().get("/api/v1/observatory/indicators/" + code)
                .json()
                .get("countries")
                .size();
        org.jsoup.nodes.Element row = overview.select("#latest-years tbody tr:has(th:contains(" + code + "))")
                .first();
        assertThat(row).isNotNull();
        assertThat(row.child(asean).text()).isEqualTo("2023 1 of " + collectedIn + " countries");
        assertThat(row.select("td")).hasSize(columns.size() - 1);
    }

    @Test
    void aCorrectionIsANewReleaseAndTheEarlierOneStaysCitable() throws Exception {
        String admin = adminToken();
        String code = newIndicator(admin, List.of());
        TestUser first = steward(admin, "MY");
        TestUser second = steward(admin, "MY");
        int number =
                publish(first, second, "MY", List.of(value(code, 2021, 900), value(code, 2022, 950)), "First figures");
        Instant between = Instant.now();

        assertThat(api().token(first.token())
                        .post("/api/v1/observatory/countries/MY/values", List.of(value(code, 2022, 2_000_000)))
                        .status())
                .as("out of range")
                .isEqualTo(400);
        assertThat(api().token(newUser("stranger").token())
                        .post("/api/v1/observatory/countries/MY/values", List.of(value(code, 2022, 970)))
                        .status())
                .isEqualTo(403);
        publish(first, second, "MY", List.of(value(code, 2022, 970)), "2022 corrected after the census");

        assertThat(observations("indicator=" + code + "&country=MY"))
                .extracting(o -> o.get("year").asInt() + "=" + o.get("value").asText() + "@"
                        + o.get("release").asInt())
                .containsExactly("2021=900@" + number, "2022=970@" + (number + 1));
        assertThat(observations("indicator=" + code + "&asOf=" + between))
                .as("as published before the correction")
                .extracting(o -> o.get("year").asInt() + "=" + o.get("value").asText())
                .containsExactly("2021=900", "2022=950");
        JsonNode changes = api().token(first.token())
                .get("/api/v1/observatory/countries/MY/changes?indicator=" + code)
                .json();
        JsonNode last = changes.get(0);
        assertThat(last.get("action").asText()).isEqualTo("PUBLISHED");
        assertThat(last.get("oldValue").decimalValue()).isEqualByComparingTo("950");
        assertThat(last.get("newValue").decimalValue()).isEqualByComparingTo("970");
        assertThat(last.get("changedBy").asText()).isEqualTo(second.username());
        assertThat(changes)
                .anyMatch(c -> c.get("action").asText().equals("ENTERED")
                        && c.get("changedBy").asText().equals(first.username())
                        && c.get("newValue").decimalValue().compareTo(new java.math.BigDecimal("970")) == 0);
        JsonNode releases =
                api().get("/api/v1/observatory/countries/MY/releases").json();
        assertThat(releases)
                .anyMatch(r -> r.get("changeNote").asText().equals("2022 corrected after the census")
                        && r.get("number").asInt() >= 2);
    }

    static Map<String, Object> value(String code, int year, long value) {
        return Map.of("indicator", code, "year", year, "value", value);
    }

    /** Enters, submits and approves the values; returns the release's number. */
    int publish(TestUser steward, TestUser reviewer, String country, List<Map<String, Object>> values, String note) {
        Api.Response entered =
                api().token(steward.token()).post("/api/v1/observatory/countries/" + country + "/values", values);
        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        JsonNode release = entered.json().get("release");
        JsonNode submitted = api().token(steward.token())
                .post(
                        "/api/v1/observatory/releases/" + release.get("id").asLong() + "/submit",
                        Map.of(
                                "changeNote",
                                note,
                                "version",
                                release.get("version").asLong()))
                .json();
        Api.Response approved = api().token(reviewer.token())
                .post(
                        "/api/v1/observatory/releases/" + submitted.get("id").asLong() + "/approve",
                        Map.of("version", submitted.get("version").asLong()));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return approved.json().get("number").asInt();
    }

    @Test
    void sdmxCsvUploadsMapTheirCodes() {
        String admin = adminToken();
        String code = newIndicator(admin, List.of("sex", "level"));
        TestUser first = steward(admin, "VN");
        byte[] sdmx = csv(
                "DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,SEX,EDUCATION_LEV,OBS_VALUE,OBS_STATUS,CONF_STATUS,UNIT_MULT",
                "VOCBRIDGE:TVET(1.0)," + code + ",VN,2020,_T,_T,5000,A,F,0",
                "VOCBRIDGE:TVET(1.0)," + code + ",VN,2020,F,_T,2400,E,F,0",
                "VOCBRIDGE:TVET(1.0)," + code + ",VN,2020,_T,ISCED11_35,3100,A,C,0");
        Api.Response stored = api().token(first.token())
                .upload("/api/v1/observatory/countries/VN/uploads?layout=SDMX_CSV", "sdmx.csv", "text/csv", sdmx);
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        JsonNode entries = api().token(first.token())
                .get("/api/v1/observatory/countries/VN/release")
                .json()
                .get("entries");
        List<String> seen = new ArrayList<>();
        entries.forEach(e -> seen.add(e.get("breakdown").toString() + " "
                + e.get("value").asText() + " " + e.get("flags").toString() + " "
                + e.get("confidential").asBoolean()));
        assertThat(seen)
                .containsExactlyInAnyOrder(
                        "{} 5000 [] false",
                        "{\"sex\":\"F\"} 2400 [\"ESTIMATED\"] false",
                        "{\"level\":\"35\"} 3100 [] true");
    }

    @Test
    void aChartHasAStableAddressOtherSitesMayEmbed() {
        String path = "/embed/observatory/TVET.ENROL/bar?group=asean&year=2020&asOf=" + Instant.now();
        Api.Response chart = api().get(path);
        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.header("X-Frame-Options")).isNull();
        assertThat(chart.header("Content-Security-Policy")).contains("frame-ancestors *");
        assertThat(chart.body())
                .contains("data-chart=\"bar\"")
                .contains("Thailand")
                .contains("Demo figures");
        assertThat(api().get("/embed/observatory/TVET.ENROL/pie").status()).isEqualTo(404);
        assertThat(api().get("/observatory/indicators/TVET.ENROL").header("X-Frame-Options"))
                .as("other pages are not framed")
                .isEqualTo("DENY");
    }

    @Test
    void theDemoFiguresAreThereAndMarked() {
        JsonNode enrolment =
                api().get("/api/v1/observatory/indicators/TVET.ENROL").json();
        assertThat(enrolment.get("demo").asBoolean()).isTrue();
        assertThat(enrolment.get("countries")).extracting(JsonNode::asText).contains("CN", "KZ", "TH", "LA");
        List<JsonNode> china = observations("indicator=TVET.ENROL&country=CN&breakdown=total");
        assertThat(china).hasSize(10).allMatch(o -> o.get("demo").asBoolean());
        assertThat(china.get(china.size() - 1).get("release").asInt()).isEqualTo(2);
        assertThat(observations("indicator=TVET.SPEND&country=LA&from=2016&to=2016")
                        .get(0)
                        .get("value")
                        .isNull())
                .isTrue();
        assertThat(observations("indicator=TVET.ENROL&group=asean&from=2020&to=2020&breakdown=total"))
                .extracting(o -> o.get("country").asText())
                .contains("TH", "VN", "LA")
                .doesNotContain("CN");
    }
}
