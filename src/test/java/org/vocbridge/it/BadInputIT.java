package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.Connection;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The bad-input corpus through API writes, as a user who may make them: each field of a valid body
 * in turn gets each bad value. Every answer is a success whose text shows inert on the record's page,
 * or a refusal (400, or 403 where the value leaves the user without the right) as a problem detail;
 * never a 500.
 */
class BadInputIT extends IntegrationTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";

    private static final Map<String, Object> GROUP =
            Map.of("name", Map.of("en", "Corpus group"), "members", List.of(Map.of("country", "BN")));

    /** Values a careless user or an attacker sends; null stands for JSON null. */
    static List<Object> corpus() {
        return Arrays.asList(
                "",
                "   ",
                "x".repeat(100_000),
                SCRIPT,
                "\u0000",
                "\u0007\u001b[31m\u007f",
                "\u202Eevil\u202C",
                "😀".repeat(2_000),
                "../../etc/passwd",
                "2024-02-30",
                "=HYPERLINK(\"http://example.invalid\")",
                -1,
                1e308,
                Long.MAX_VALUE,
                true,
                List.of("a", 1),
                Collections.singletonList(null),
                Map.of("xx-not-a-language", "v"),
                Map.of("not a language!", "v"),
                Map.of("en", IMAGE),
                null);
    }

    @Test
    void everyFieldOfAnOrganizationTakesTheCorpusWithoutAServerError() throws Exception {
        TestUser editor = newUser("bad-input-org");
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("kind", "VOCATIONAL_COLLEGE");
        valid.put("name", Map.of("en", "Corpus College", "ru", "Колледж корпуса"));
        valid.put("acronym", "CC");
        valid.put("country", "KZ");
        valid.put("city", Map.of("en", "Almaty"));
        valid.put("website", "https://college.example.org");
        valid.put("description", Map.of("en", "A college."));
        valid.put("fields", List.of("0714"));
        valid.put("occupations", List.of("7412"));
        valid.put("publicEmail", "office@college.example.org");
        valid.put("publicPhone", "+7 727 000 0000");
        List<String> seen = sendEachBadValue(editor, "/api/v1/organizations", valid, "/organizations/");
        assertThat(seen).contains("201", "400");
    }

    @Test
    void everyFieldOfAnAgreementTakesTheCorpusWithoutAServerError() throws Exception {
        TestUser editor = newUser("bad-input-agreement");
        long mine = newOrganization(editor, "VOCATIONAL_COLLEGE", "CN", Map.of("en", "Corpus Lead College"));
        long partner =
                newOrganization(newUser("bad-input-partner"), "ENTERPRISE", "TH", Map.of("en", "Corpus Partner"));
        Map<String, Object> valid = new HashMap<>(CooperationIT.draft("Corpus agreement", null, mine, partner));
        valid.remove("allianceId");
        List<String> seen = sendEachBadValue(editor, "/api/v1/agreements", valid, "/agreements/");
        assertThat(seen).contains("201", "400");
    }

    @Test
    void everyFieldOfAPersonAndOfALibraryResourceTakesTheCorpusWithoutAServerError() throws Exception {
        TestUser editor = newUser("bad-input-library");
        long college = newOrganization(editor, "VOCATIONAL_COLLEGE", "KG", Map.of("en", "Corpus Library College"));
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", Map.of("en", "Aibek Corpus"));
        person.put("position", Map.of("en", "Welding teacher"));
        person.put("country", "KG");
        person.put("email", "aibek@college.example.org");
        person.put("affiliations", List.of(college));
        person.put("occupations", List.of("7212"));
        assertThat(sendEachBadValue(editor, "/api/v1/people", person, "/people/"))
                .contains("201", "400");

        Map<String, Object> resource = new HashMap<>(LibraryIT.draft("COURSE", "Corpus course", college, null));
        // a submitted resource is not public yet: its page answers 404 to the anonymous reader, inertly
        assertThat(sendEachBadValue(editor, "/api/v1/resources", resource, "/library/"))
                .contains("201", "400");
    }

    @Test
    void everyFieldOfAnAllianceAndOfAMembershipTakesTheCorpusWithoutAServerError() {
        String admin = adminToken();
        Map<String, Object> alliance = new LinkedHashMap<>();
        alliance.put("name", Map.of("en", "Corpus Alliance", "zh", "语料联盟"));
        alliance.put("acronym", "CA");
        alliance.put("description", Map.of("en", "An alliance."));
        alliance.put("foundedOn", "2020-11-26");
        alliance.put("foundedPlace", Map.of("en", "Kunming"));
        alliance.put("country", "CN");
        alliance.put("website", "https://alliance.example.org");
        assertThat(sendEachBadValue(
                        admin, "POST", "/api/v1/alliances", alliance, body -> body, a -> "/alliances/" + a.get("id")))
                .contains("201", "400");

        AllianceSetting setting = allianceSetting("Corpus Membership Alliance");
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("organizationId", newOrganization(setting.member(), "ENTERPRISE", "TH", Map.of("en", "Corpus Co")));
        member.put("role", "MEMBER");
        member.put("joinedOn", "2024-05-01");
        assertThat(sendEachBadValue(
                        setting.secretariat().token(),
                        "POST",
                        "/api/v1/alliances/" + setting.alliance() + "/members",
                        member,
                        body -> body,
                        m -> "/alliances/" + setting.alliance()))
                .contains("200", "400");
    }

    @Test
    void everyFieldOfAnIndicatorAndOfAValueTakesTheCorpusWithoutAServerError() {
        String admin = adminToken();
        String code = newIndicator(admin, List.of());
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("code", code);
        indicator.put("name", Map.of("en", "Corpus enrolment"));
        indicator.put("definition", Map.of("en", "Students enrolled."));
        indicator.put("unit", Map.of("en", "students"));
        indicator.put("decimals", 0);
        indicator.put("minValue", 0);
        indicator.put("maxValue", 1_000_000);
        indicator.put("dimensions", List.of());
        indicator.put("groups", List.of("asean"));
        Supplier<Long> version = () -> api().get("/api/v1/observatory/indicators/" + code)
                .json()
                .get("version")
                .asLong();
        long read = version.get();
        indicator.put("version", read);
        assertThat(sendEachBadValue(
                        admin,
                        "PUT",
                        "/api/v1/observatory/indicators/" + code,
                        indicator,
                        // each saved update moves the version on: the others are made on the latest
                        body -> {
                            Map<String, Object> latest = new LinkedHashMap<>(body);
                            if (Objects.equals(body.get("version"), read)) {
                                latest.put("version", version.get());
                            }
                            return latest;
                        },
                        i -> "/observatory/indicators/" + code))
                .contains("200", "400");

        TestUser steward = steward(admin, "LA");
        // the indicator's range may now be any the corpus left: values go to a new one
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("indicator", newIndicator(admin, List.of()));
        value.put("year", 2023);
        value.put("value", 1200);
        value.put("flags", List.of());
        value.put("confidential", false);
        value.put("note", "Ministry of Education and Sports");
        // entered values are not public before their release is published
        assertThat(sendEachBadValue(
                        steward.token(),
                        "POST",
                        "/api/v1/observatory/countries/LA/values",
                        value,
                        List::of,
                        release -> null))
                .contains("200", "400");
    }

    @Test
    void everySurveyDistributionWriteTakesTheCorpusWithoutAServerError() throws Exception {
        TestUser owner = newUser("bad-input-survey");
        String formId = "corpus_" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api().token(owner.token())
                        .upload("/api/v1/surveys", formId + ".xlsx", "application/octet-stream", SurveyIT.form(formId))
                        .status())
                .isEqualTo(201);
        String survey = "/api/v1/surveys/" + formId;
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("opensAt", "2026-01-01T00:00:00Z");
        settings.put("closesAt", "2026-12-31T00:00:00Z");
        settings.put("consentText", Map.of("en", "I agree to take part."));
        settings.put("guardianText", Map.of("en", "My guardian agrees."));
        settings.put("adultAge", 18);
        settings.put("countryQuestion", null);
        settings.put("invitationOnly", false);
        settings.put("suppressionK", 5);
        settings.put("resultsPublished", false);
        assertThat(sendEachBadValue(
                        owner.token(),
                        "PUT",
                        survey + "/distribution",
                        settings,
                        body -> body,
                        d -> "/surveys/" + formId))
                .contains("200", "400");

        Map<String, Object> link = new LinkedHashMap<>();
        link.put("channel", "wechat");
        link.put("country", "KZ");
        assertThat(sendEachBadValue(owner.token(), "POST", survey + "/links", link, body -> body, l -> null))
                .contains("201", "400");

        assertThat(sendEachBadValue(
                        owner.token(),
                        "PUT",
                        survey + "/quotas/KZ",
                        new LinkedHashMap<>(Map.of("maxResponses", 300)),
                        body -> body,
                        q -> null))
                .contains("200", "400");
    }

    @Test
    void everyFieldOfTheOrganizationPersonAndAgreementFormsTakesTheCorpusWithoutAServerError() throws Exception {
        TestUser editor = newUser("bad-input-forms");
        long college = newOrganization(editor, "VOCATIONAL_COLLEGE", "UZ", Map.of("en", "Corpus Form College"));
        long partner = newOrganization(newUser("bad-input-forms-partner"), "ENTERPRISE", "CN", Map.of("en", "Partner"));
        WebSession web = new WebSession(baseUrl());
        web.signIn(editor.username(), editor.password());

        Map<String, String> organization = new LinkedHashMap<>();
        organization.put("kind", "VOCATIONAL_COLLEGE");
        organization.put("name[0].lang", "en");
        organization.put("name[0].text", "Form College");
        organization.put("acronym", "FC");
        organization.put("country", "UZ");
        organization.put("city[0].lang", "en");
        organization.put("city[0].text", "Tashkent");
        organization.put("website", "https://form.example.org");
        organization.put("description[0].lang", "en");
        organization.put("description[0].text", "A college.");
        organization.put("fields", "0714");
        organization.put("occupations", "7412");
        organization.put("publicEmail", "office@form.example.org");
        organization.put("publicPhone", "+998 71 000 0000");
        assertThat(postEachBadValue(web, "/organizations/new", "/organizations", organization))
                .contains(200, 302);

        Map<String, String> person = new LinkedHashMap<>();
        person.put("name[0].lang", "en");
        person.put("name[0].text", "Dilnoza Form");
        person.put("position[0].lang", "en");
        person.put("position[0].text", "Head of international office");
        person.put("country", "UZ");
        person.put("email", "dilnoza@form.example.org");
        person.put("affiliations", String.valueOf(college));
        person.put("keywords", "mechatronics");
        person.put("languages", "uz, ru");
        assertThat(postEachBadValue(web, "/people/new", "/people", person)).contains(200, 302);

        Map<String, String> agreement = new LinkedHashMap<>();
        agreement.put("title[0].lang", "en");
        agreement.put("title[0].text", "Form agreement");
        agreement.put("parties[0].organizationId", String.valueOf(college));
        agreement.put("parties[0].role", "LEAD");
        agreement.put("parties[1].organizationId", String.valueOf(partner));
        agreement.put("parties[1].role", "PARTNER");
        agreement.put("types", "JOINT_TRAINING");
        agreement.put("startsOn", "2025-09-01");
        agreement.put("endsOn", "2028-06-30");
        agreement.put("signatories", "Rector; Director");
        agreement.put("programmes[0].name[0].lang", "en");
        agreement.put("programmes[0].name[0].text", "Mechatronics 2+1");
        agreement.put("programmes[0].intakePerYear", "25");
        // a programme of one stage is refused on a part of the form that shows no errors of its own
        HttpResponse<String> oneStage = post(web, "/agreements", web.csrf("/agreements/new"), agreement);
        assertThat(errorsShown(oneStage.body())).contains("A joint programme has at least two stages.");
        agreement.put("programmes[0].stages[0].organizationId", String.valueOf(college));
        agreement.put("programmes[0].stages[0].years", "2");
        agreement.put("programmes[0].stages[1].organizationId", String.valueOf(partner));
        agreement.put("programmes[0].stages[1].years", "1");
        assertThat(postEachBadValue(web, "/agreements/new", "/agreements", agreement))
                .contains(200, 302);
    }

    /**
     * Every JSON write of the OpenAPI document, each property of its body in turn given each corpus
     * value (the rest of the body valid where the write has a known valid body), by a user who may
     * make it: an admin, on records made for this test. Never a 500; a refusal is a problem detail.
     */
    @Test
    void everyApiWriteTakesTheCorpusInEachPropertyOfItsBodyWithoutAServerError() throws Exception {
        String admin = adminToken();
        TestUser editor = newUser("corpus-all");
        Map<String, String> ids = records(admin, editor);
        long organization = Long.parseLong(ids.get("organizations"));
        Map<String, Object> valid = new LinkedHashMap<>(TenantMatrixIT.bodies(organization, ids));
        valid.put("PUT /api/v1/country-groups/{code}", GROUP);

        JsonNode document = api().get("/v3/api-docs").json();
        Map<String, Integer> requests = new TreeMap<>();
        Set<Integer> seen = new TreeSet<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    JsonNode schema = operation
                            .getValue()
                            .path("requestBody")
                            .path("content")
                            .path("application/json")
                            .path("schema");
                    if (schema.isMissingNode()) {
                        return;
                    }
                    String method = operation.getKey().toUpperCase();
                    String name = method + " " + path.getKey();
                    boolean list = schema.path("type").asText().equals("array");
                    JsonNode properties = schemaOf(document, list ? schema.get("items") : schema)
                            .path("properties");
                    String token = path.getKey().startsWith("/api/v1/me/") ? editor.token() : admin;
                    String address = fill(path.getKey(), ids);
                    Object base = valid.getOrDefault(name, Map.of());
                    Map<String, Object> baseBody = new LinkedHashMap<>(
                            base instanceof List<?> l ? (Map<String, Object>) l.get(0) : (Map<String, Object>) base);
                    for (String property : properties.propertyNames()) {
                        for (Object bad : corpus()) {
                            Map<String, Object> body = new LinkedHashMap<>(baseBody);
                            body.put(property, bad);
                            Api.Response answer = api().token(token).json(method, address, list ? List.of(body) : body);
                            String what = name + " " + property + " = " + shortly(bad);
                            assertThat(answer.status())
                                    .as(what + ": " + answer.body())
                                    .isLessThan(500);
                            if (answer.status() >= 400) {
                                assertThat(answer.header("Content-Type"))
                                        .as(what)
                                        .startsWith("application/problem+json");
                            }
                            requests.merge(name, 1, Integer::sum);
                            seen.add(answer.status());
                        }
                    }
                }));
        // the country group goes back to what other tests read: every group has members
        assertThat(api().token(admin)
                        .put("/api/v1/country-groups/" + ids.get("country-groups"), GROUP)
                        .status())
                .isEqualTo(200);
        assertThat(requests).as("JSON writes tried").hasSizeGreaterThan(30);
        assertThat(seen)
                .as("valid bodies reach the writes, bad values are refused")
                .contains(200, 201, 400);
    }

    /**
     * Every page form the platform shows, read from each page (every GET route, aimed at records made
     * for this test) as an admin, each field in turn given each corpus text, with its CSRF token and
     * the other fields as shown: never a 500, and whatever comes back shows the text inert.
     */
    @Test
    void everyPageFormTakesTheCorpusInEachFieldWithoutAServerError() throws Exception {
        String admin = adminToken();
        Map<String, String> ids = records(admin, newUser("corpus-forms"));
        WebSession web = new WebSession(baseUrl());
        assertThat(web.signIn("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        Map<String, FormElement> forms = pageForms(web, ids);
        assertThat(forms).as("page forms found").hasSizeGreaterThan(20);
        Set<Integer> seen = new TreeSet<>();
        for (Map.Entry<String, FormElement> entry : forms.entrySet()) {
            String action = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            List<Connection.KeyVal> shownData = entry.getValue().formData();
            for (int field = 0; field < shownData.size(); field++) {
                String name = shownData.get(field).key();
                // a later row of a repeated part is read as its first row is
                if (name.equals("_csrf") || name.equals("version") || name.matches(".*\\[[1-9]\\d*].*")) {
                    continue;
                }
                for (String bad : formTexts()) {
                    List<String> pairs = new ArrayList<>();
                    for (int i = 0; i < shownData.size(); i++) {
                        pairs.add(shownData.get(i).key());
                        pairs.add(i == field ? bad : shownData.get(i).value());
                    }
                    HttpResponse<String> answer = web.postPairs(action, pairs.toArray(String[]::new));
                    String what = action + " " + name + " = " + shortly(bad);
                    assertThat(answer.statusCode()).as(what).isLessThan(500);
                    seen.add(answer.statusCode());
                    assertThat(shown(web, answer)).as(what).doesNotContain(SCRIPT, IMAGE);
                }
            }
        }
        assertThat(seen).as("forms are saved and refused").contains(200, 302);
        System.out.println("Page forms tried with the corpus: " + forms.keySet());
    }

    /**
     * Records made for one test, by the editor (an organization, a person, an agreement, a library
     * resource, a survey) and by an admin (an alliance, an indicator, a country group), with a release
     * of values for Brunei: ids by the collection their addresses name.
     */
    private Map<String, String> records(String admin, TestUser editor) throws Exception {
        long organization = newOrganization(editor, "VOCATIONAL_COLLEGE", "BN", Map.of("en", "Corpus All College"));
        long partner = newOrganization(editor, "ENTERPRISE", "CN", Map.of("en", "Corpus All Company"));
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("country", "BN");
        ids.putAll(ventureRecords(editor.token()));
        ids.put("organizations", String.valueOf(organization));
        ids.put("partners", String.valueOf(partner));
        ids.put("users", String.valueOf(newUser("corpus-all-user").id()));
        ids.put(
                "people",
                created(
                        editor.token(),
                        "/api/v1/people",
                        Map.of("name", Map.of("en", "Corpus Person"), "affiliations", List.of(organization))));
        ids.put("alliances", created(admin, "/api/v1/alliances", Map.of("name", Map.of("en", "Corpus All Alliance"))));
        ids.put(
                "agreements",
                created(
                        editor.token(),
                        "/api/v1/agreements",
                        CooperationIT.draft("Corpus all", null, organization, partner)));
        ids.put(
                "resources",
                created(
                        editor.token(),
                        "/api/v1/resources",
                        LibraryIT.draft("COURSE", "Corpus all course", organization, null)));
        ids.put("library", ids.get("resources"));
        ids.put("indicators", newIndicator(admin, List.of()));
        TestUser steward = steward(admin, "BN");
        api().token(steward.token())
                .post(
                        "/api/v1/observatory/countries/BN/values",
                        List.of(Map.of("indicator", ids.get("indicators"), "year", 2023, "value", 5)));
        ids.put(
                "releases",
                api().get("/api/v1/observatory/countries/BN/releases")
                        .json()
                        .get(0)
                        .get("id")
                        .asText());
        String formId = "corpus_" + UUID.randomUUID().toString().substring(0, 8);
        api().token(editor.token())
                .upload("/api/v1/surveys", formId + ".xlsx", "application/octet-stream", SurveyIT.form(formId));
        ids.put("surveys", formId);
        String group = "corpus-" + UUID.randomUUID().toString().substring(0, 4);
        assertThat(api().token(admin)
                        .put("/api/v1/country-groups/" + group, GROUP)
                        .status())
                .isEqualTo(200);
        ids.put("country-groups", group);
        ids.put("demands", created(editor.token(), "/api/v1/matching/demands", MatchingIT.demand(organization)));
        ids.put("offers", created(editor.token(), "/api/v1/matching/offers", MatchingIT.offer(organization)));
        ids.put("contacts", contact(editor.token(), ids.get("demands"), ids.get("offers")));
        ids.putAll(awardRecords());
        ids.put("alerts", String.valueOf(organization));
        // an event of its own, so that writes such as its broadcast leave the demo events as they are
        ids.put(
                "events",
                created(
                        admin,
                        "/api/v1/events",
                        Map.of(
                                "kind",
                                "WEBINAR",
                                "title",
                                Map.of("en", "Corpus all webinar"),
                                "hosts",
                                List.of(organization),
                                "zone",
                                "Asia/Bangkok")));
        return ids;
    }

    @Test
    void aControlCharacterIsRefusedWhereverTextArrivesAndNothingIsStored() throws Exception {
        TestUser editor = newUser("bad-input-nul");
        String name = "NUL College " + editor.username();
        long before = organizationCount();
        Api.Response json = api().token(editor.token())
                .language("ru")
                .post(
                        "/api/v1/organizations",
                        Map.of("kind", "VOCATIONAL_COLLEGE", "country", "KZ", "name", Map.of("en", name + "\u0000")));
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = json.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("name.en");
        assertThat(error.get("code").asText()).isEqualTo("error.text.control");
        assertThat(error.get("message").asText()).contains("управляющий символ");

        Api.Response parameter = api().language("zh").get("/api/v1/organizations?q=" + Api.encode("a\u0000"));
        assertThat(parameter.status()).isEqualTo(400);
        assertThat(parameter.json().get("errors").get(0).get("field").asText()).isEqualTo("q");
        assertThat(parameter.json().get("errors").get(0).get("message").asText())
                .contains("控制字符");

        WebSession web = new WebSession(baseUrl());
        web.signIn(editor.username(), editor.password());
        String csrf = web.csrf("/organizations/new?lang=en");
        HttpResponse<String> form = web.postPairs(
                "/organizations",
                "_csrf",
                csrf,
                "kind",
                "VOCATIONAL_COLLEGE",
                "country",
                "KZ",
                "name[0].lang",
                "en",
                "name[0].text",
                name,
                "acronym",
                "N\u0000C");
        assertThat(form.statusCode()).as("the form comes back with its error").isEqualTo(200);
        assertThat(form.body())
                .contains("id=\"acronym-error\"")
                .contains("control character (such as U+0000)")
                .as("what was typed stays")
                .contains(name);

        assertThat(organizationCount()).as("nothing was stored").isEqualTo(before);
    }

    private long organizationCount() {
        return api().get("/api/v1/organizations?size=1").json().get("total").asLong();
    }

    /** Sends the valid body with each field replaced by each corpus value; returns the statuses seen. */
    private List<String> sendEachBadValue(TestUser user, String address, Map<String, Object> valid, String page) {
        return sendEachBadValue(
                user.token(),
                "POST",
                address,
                valid,
                body -> body,
                answer -> page + answer.get("id").asText());
    }

    /**
     * Sends the valid body (wrapped as the write takes it) with each field replaced by each corpus
     * value; a success's page (null when none is public) must show it inertly, a refusal must be a
     * problem detail. Returns the statuses seen.
     */
    private List<String> sendEachBadValue(
            String token,
            String method,
            String address,
            Map<String, Object> valid,
            Function<Map<String, Object>, Object> wrap,
            Function<JsonNode, String> page) {
        List<String> statuses = new ArrayList<>();
        for (String field : valid.keySet()) {
            for (Object bad : corpus()) {
                Map<String, Object> body = new LinkedHashMap<>(valid);
                body.put(field, bad);
                Api client = api().token(token);
                Api.Response answer = method.equals("PUT")
                        ? client.put(address, wrap.apply(body))
                        : client.post(address, wrap.apply(body));
                String what = method + " " + address + " " + field + " = " + shortly(bad);
                if (field.equals("version")) {
                    assertThat(answer.status()).as(what).isIn(200, 400, 409);
                } else {
                    assertThat(answer.status()).as(what).isIn(200, 201, 400, 403, 413);
                }
                statuses.add(String.valueOf(answer.status()));
                if (answer.status() >= 300) {
                    assertThat(answer.header("Content-Type")).as(what).startsWith("application/problem+json");
                } else if (page.apply(answer.json()) != null) {
                    Api.Response shown = api().get(page.apply(answer.json()));
                    assertThat(shown.status()).as(what).isLessThan(500);
                    assertThat(shown.body()).as(what).doesNotContain(SCRIPT, IMAGE);
                }
            }
        }
        return statuses;
    }

    /**
     * Posts the valid page form, then the form with each field replaced by each corpus text: every
     * answer is the form again with its errors or a redirect to a page that shows the text inertly,
     * never a refusal of the user's own form or a server error. Returns the statuses seen.
     */
    private List<Integer> postEachBadValue(WebSession web, String formPage, String address, Map<String, String> valid)
            throws Exception {
        String csrf = web.csrf(formPage);
        HttpResponse<String> saved = post(web, address, csrf, valid);
        assertThat(saved.statusCode())
                .as("the valid form is saved, yet it shows %s", errorsShown(saved.body()))
                .isEqualTo(302);
        List<Integer> statuses = new ArrayList<>();
        for (String field : valid.keySet()) {
            for (String bad : formTexts()) {
                Map<String, String> form = new LinkedHashMap<>(valid);
                form.put(field, bad);
                HttpResponse<String> answer = post(web, address, csrf, form);
                String what = address + " " + field + " = " + shortly(bad);
                assertThat(answer.statusCode()).as(what).isIn(200, 302, 413, 422);
                statuses.add(answer.statusCode());
                assertThat(shown(web, answer)).as(what).doesNotContain(SCRIPT, IMAGE);
            }
        }
        return statuses;
    }

    /** The corpus values a form can carry: texts, and numbers and booleans as typed. */
    private static List<String> formTexts() {
        return corpus().stream()
                .filter(v -> v != null && !(v instanceof List) && !(v instanceof Map))
                .map(String::valueOf)
                .toList();
    }

    /** What the answer to a form shows: the page it sends the browser to, or itself. */
    private static String shown(WebSession web, HttpResponse<String> answer) throws Exception {
        return answer.statusCode() == 302
                ? web.get(URI.create(answer.headers().firstValue("Location").orElseThrow())
                                .getRawPath())
                        .body()
                : answer.body();
    }

    private static HttpResponse<String> post(WebSession web, String address, String csrf, Map<String, String> form)
            throws Exception {
        List<String> pairs = new ArrayList<>(List.of("_csrf", csrf));
        form.forEach((name, value) -> {
            pairs.add(name);
            pairs.add(value);
        });
        return web.postPairs(address, pairs.toArray(String[]::new));
    }

    private static List<String> errorsShown(String page) {
        return Pattern.compile("class=\"error\"[^>]*>([^<]*)<")
                .matcher(page)
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    private static String shortly(Object value) {
        String text = String.valueOf(value);
        return text.substring(0, Math.min(40, text.length()));
    }
}
