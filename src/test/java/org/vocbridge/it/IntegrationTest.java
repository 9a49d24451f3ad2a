package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.accounts.domain.ApiTokens;
import org.vocbridge.accounts.domain.Users;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.testing.SystemComponents;
import tools.jackson.databind.JsonNode;

/**
 * The base of the integration suite: the whole application on a random port, on H2 or on
 * PostgreSQL (see {@link TestDatabase}), with the demo data, called over real HTTP. All
 * integration tests share one application context per database.
 */
// each test reads what it just changed on the live page: no snapshot is kept (LiveSnapshotsTests)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vocbridge.events.live-snapshot=0s")
public abstract class IntegrationTest {

    static final String ADMIN_PASSWORD = "it-admin-" + UUID.randomUUID();

    /** The address the public reaches the platform at, as its operator configured it. */
    static final String PUBLIC_URL = "https://vocbridge.example.org";

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountsApi accounts;

    @BeforeAll
    static void database() {
        TestDatabase.prepare();
        String unavailable = TestDatabase.unavailable();
        if (unavailable != null) {
            SystemComponents.missing(unavailable, "the PostgreSQL integration suite");
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        registry.add("vocbridge.admin.password", () -> ADMIN_PASSWORD);
        registry.add("vocbridge.public-url", () -> PUBLIC_URL + "/");
        registry.add("vocbridge.maps.boundaries", TestBoundaries::file);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMailServer::port);
    }

    Api api() {
        return new Api("http://localhost:" + port);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A user made for one test, with a personal API token. */
    record TestUser(long id, String username, String password, String token) {

        CurrentUser asCurrent() {
            return new CurrentUser(id, username, false);
        }
    }

    TestUser newUser(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        var user = users.bootstrap(username, prefix, password, false);
        CurrentUser current = new CurrentUser(user.id(), username, false);
        String token = tokens.create(current, "test").token();
        return new TestUser(user.id(), username, password, token);
    }

    /** The ids of a page's items, as text (not the ids of what the items link to). */
    static List<String> itemIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    /** A personal API token of the first platform admin. */
    String adminToken() {
        var admin = users.findByUsername("admin").orElseThrow();
        return tokens.create(new CurrentUser(admin.id(), admin.username(), true), "admin")
                .token();
    }

    /** Creates an organization through the API as the given user (who becomes its editor). */
    long newOrganization(TestUser owner, String kind, String country, Map<String, String> name) {
        Api.Response created = api().token(owner.token())
                .post("/api/v1/organizations", Map.of("kind", kind, "country", country, "name", name));
        if (created.status() != 201) {
            throw new AssertionError("Could not create an organization: " + created.body());
        }
        return created.json().get("id").asLong();
    }

    /** Creates a record through the API with this token; returns its id. */
    /** A contact the demand's side made with a first message, answered by nobody yet; its id. */
    String contact(String token, String demandId, String offerId) {
        return created(
                token,
                "/api/v1/matching/contacts",
                Map.of("demandId", demandId, "offerId", offerId, "side", "DEMAND", "message", "Shall we talk?"));
    }

    String created(String token, String address, Object body) {
        Api.Response created = api().token(token).post(address, body);
        assertThat(created.status()).as(address + ": " + created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /** A field of the first item of a list the API answers with ({@code items}). */
    String first(String list, String field) {
        return api().get(list).json().get("items").get(0).get(field).asText();
    }

    /** The demo's 2020 Kunming roundtable, broadcast live and recorded, as the API answers it. */
    JsonNode kunmingRoundtable() {
        for (JsonNode e : api().get("/api/v1/events?when=PAST&size=100").json().get("items")) {
            if (e.get("startsAt").asText().startsWith("2020-12-05")) {
                return e;
            }
        }
        throw new AssertionError("no Kunming roundtable in the demo data");
    }

    /** The first indicator and a release of the country's figures: ids by the collection their addresses name. */
    Map<String, String> observatoryRecords(String country) {
        return Map.of(
                "indicators",
                api().get("/api/v1/observatory/indicators")
                        .json()
                        .get(0)
                        .get("code")
                        .asText(),
                "releases",
                api().get("/api/v1/observatory/countries/" + country + "/releases")
                        .json()
                        .get(0)
                        .get("id")
                        .asText());
    }

    /**
     * The demo award call with published results and its records: a winning entry, a juror and a
     * conflict (read as an admin), by the collections their addresses name.
     */
    Map<String, String> awardRecords() {
        String admin = adminToken();
        JsonNode published = api().get("/api/v1/awards/calls")
                .json()
                .valueStream()
                .filter(c -> c.get("phase").asText().equals("RESULTS"))
                .findFirst()
                .orElseThrow();
        String call = published.get("id").asText();
        String entry = api().get("/api/v1/awards/calls/" + call + "/winners")
                .json()
                .get(0)
                .get("id")
                .asText();
        Map<String, String> ids = new HashMap<>();
        ids.put("calls", call);
        ids.put("awards", call);
        ids.put("entries", entry);
        ids.put("scoring", entry);
        ids.put(
                "jurors",
                api().token(admin)
                        .get("/api/v1/awards/calls/" + call + "/jurors")
                        .json()
                        .get(0)
                        .get("id")
                        .asText());
        ids.put(
                "conflicts",
                api().token(admin)
                        .get("/api/v1/awards/calls/" + call + "/conflicts")
                        .json()
                        .get(0)
                        .get("id")
                        .asText());
        ids.put(
                "certificates",
                api().get("/api/v1/awards/calls/" + call + "/winners")
                        .json()
                        .get(0)
                        .get("certificateCode")
                        .asText());
        return ids;
    }

    /** The id of the demo alliance whose name, in any language, starts with the given text. */
    long alliance(String nameStart) {
        for (JsonNode alliance : api().get("/api/v1/alliances").json()) {
            for (JsonNode name : alliance.get("name")) {
                if (name.asText().startsWith(nameStart)) {
                    return alliance.get("id").asLong();
                }
            }
        }
        throw new AssertionError("No alliance named " + nameStart);
    }

    TestUser newUserWith(String prefix, Role role, long scopeId) {
        TestUser user = newUser(prefix);
        accounts.grant(new CurrentUser(null, "test", true), user.id(), role, scopeId);
        return user;
    }

    /** A new alliance with its secretariat, a member college (with its editor) and an outsider who edits a company. */
    record AllianceSetting(long alliance, TestUser secretariat, TestUser member, long college, TestUser outsider) {}

    AllianceSetting allianceSetting(String name) {
        String admin = adminToken();
        long alliance = api().token(admin)
                .post("/api/v1/alliances", Map.of("name", Map.of("en", name)))
                .json()
                .get("id")
                .asLong();
        TestUser secretariat = newUserWith("secretariat", Role.ALLIANCE_SECRETARIAT, alliance);
        TestUser member = newUser("member");
        long college = newOrganization(member, "VOCATIONAL_COLLEGE", "CN", Map.of("en", name + " College"));
        assertThat(api().token(secretariat.token())
                        .post(
                                "/api/v1/alliances/" + alliance + "/members",
                                Map.of("organizationId", college, "role", "MEMBER", "joinedOn", "2024-01-01"))
                        .status())
                .isEqualTo(200);
        TestUser outsider = newUser("outsider");
        newOrganization(outsider, "ENTERPRISE", "KZ", Map.of("en", name + " Outsider Company"));
        return new AllianceSetting(alliance, secretariat, member, college, outsider);
    }

    /** A new observatory indicator collected for "asean", defined through the API by an admin; returns its code. */
    String newIndicator(String admin, List<String> dimensions) {
        String code = "IT." + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> draft = new HashMap<>();
        draft.put("code", code);
        draft.put("name", Map.of("en", "Enrolment " + code, "zh", "在校生 " + code));
        draft.put("definition", Map.of("en", "Students enrolled."));
        draft.put("unit", Map.of("en", "students"));
        draft.put("decimals", 0);
        draft.put("minValue", 0);
        draft.put("maxValue", 1_000_000);
        draft.put("dimensions", dimensions);
        draft.put("groups", List.of("asean"));
        Api.Response created = api().token(admin).post("/api/v1/observatory/indicators", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    /** A new user appointed data steward of the country through the API by an admin. */
    TestUser steward(String admin, String country) {
        TestUser user = newUser("steward-" + country);
        Api.Response appointed = api().token(admin)
                .post("/api/v1/observatory/countries/" + country + "/stewards", Map.of("username", user.username()));
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(200);
        return user;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

    /** The address with each variable filled: an id of the collection it follows, or a plain value. */
    static String fill(String pattern, Map<String, String> ids) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String before = pattern.substring(0, matcher.start());
            String[] segments = before.split("/");
            String collection = segments.length == 0 ? "" : segments[segments.length - 1];
            String value =
                    switch (matcher.group(1)) {
                        case "country" -> ids.getOrDefault("country", "CN");
                        case "formId" -> ids.get("surveys");
                        case "token" -> "tenant-matrix";
                        default -> ids.getOrDefault(collection, "1");
                    };
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** The schema itself, where the document refers to it by name. */
    static JsonNode schemaOf(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.isEmpty()
                ? schema
                : document.get("components").get("schemas").get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** Forms that end the session or change accounts: left out where pages' forms are submitted. */
    static final List<String> SESSION_FORMS = List.of("/logout", "/login", "/account", "/admin/users");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /**
     * Every form that posts (other than a file upload or a session form) which the pages show to this
     * session, each page aimed at the records: by its action and its fields' names.
     */
    Map<String, FormElement> pageForms(WebSession web, Map<String, String> ids) throws Exception {
        Map<String, FormElement> forms = new TreeMap<>();
        for (String page : pages(ids)) {
            HttpResponse<String> shown = web.get(page);
            if (shown.statusCode() != 200
                    || !shown.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            for (FormElement form : Jsoup.parse(shown.body(), baseUrl() + page).forms()) {
                String action = form.attr("action").isEmpty() ? page : form.attr("action");
                if (form.attr("method").equalsIgnoreCase("post")
                        && !form.attr("enctype").startsWith("multipart")
                        && SESSION_FORMS.stream().noneMatch(action::startsWith)) {
                    forms.putIfAbsent(action + " " + names(form), form);
                }
            }
        }
        return forms;
    }

    /** The address of every page of the platform, aimed at the records. */
    List<String> pages(Map<String, String> ids) {
        List<String> pages = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET)
                    && !info.getMethodsCondition().getMethods().isEmpty()) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")
                        && !pattern.startsWith("/v3/")
                        && !pattern.startsWith("/s/")
                        && !pattern.startsWith("/error")
                        && !pattern.matches(".*\\.(csv|xlsx|pdf|ics|xml|json|png|svg)$")) {
                    pages.add(fill(pattern, ids));
                }
            }
        });
        return pages;
    }

    private static List<String> names(FormElement form) {
        return form.formData().stream().map(Connection.KeyVal::key).sorted().toList();
    }

    /**
     * A venture with a team, a need and an outcome, and the ids of each: the owner's own when a token
     * is given, else a demo venture that has them all.
     */
    Map<String, String> ventureRecords(String ownerToken) {
        String venture;
        if (ownerToken == null) {
            venture = null;
            for (JsonNode v : api().get("/api/v1/ventures?size=100").json().get("items")) {
                String id = v.get("id").asText();
                if (v.get("demo").asBoolean()
                        && !api().get("/api/v1/ventures/" + id + "/needs")
                                .json()
                                .isEmpty()
                        && !api().get("/api/v1/ventures/" + id + "/outcomes")
                                .json()
                                .isEmpty()) {
                    venture = id;
                    break;
                }
            }
        } else {
            venture = created(
                    ownerToken,
                    "/api/v1/ventures",
                    VenturesIT.venture("Owner Venture " + UUID.randomUUID(), null, null, null));
            created(
                    ownerToken,
                    "/api/v1/ventures/" + venture + "/team",
                    Map.of("name", "Matrix Founder", "role", "FOUNDER"));
            created(ownerToken, "/api/v1/ventures/" + venture + "/needs", VENTURE_NEED);
            created(ownerToken, "/api/v1/ventures/" + venture + "/outcomes", VENTURE_OUTCOME);
        }
        String base = "/api/v1/ventures/" + venture;
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("ventures", venture);
        ids.put("team", api().get(base + "/team").json().get(0).get("id").asText());
        ids.put("needs", api().get(base + "/needs").json().get(0).get("id").asText());
        ids.put(
                "outcomes",
                api().get(base + "/outcomes").json().get(0).get("id").asText());
        ids.put("confirmations", "PROFILE");
        ids.put("confirm", "PROFILE");
        return ids;
    }

    static final Map<String, Object> VENTURE_NEED =
            Map.of("kind", "FUNDING", "description", Map.of("en", "Matrix funding"), "amount", 1000, "currency", "USD");
    static final Map<String, Object> VENTURE_OUTCOME = Map.of("kind", "JOBS", "quantity", 2, "asOf", "2026-01-31");
}
