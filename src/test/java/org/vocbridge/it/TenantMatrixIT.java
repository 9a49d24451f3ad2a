package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jsoup.Connection;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.vocbridge.accounts.domain.AuditTrail;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.testing.TestPdf;
import tools.jackson.databind.JsonNode;

/**
 * The tenant matrix: every write of the platform, through the API (each operation of the OpenAPI
 * document) and through page forms (each POST route, with a valid CSRF token), tried by a signed-in
 * editor of another organization on records that are not theirs. None succeeds, none is a 500, the
 * records read the same afterwards, and every refusal is in the audit log.
 */
class TenantMatrixIT extends IntegrationTest {

    /** Writes any signed-in user may make on their own behalf: creating their own records, their own account. */
    private static final Set<String> OWN_WRITES = Set.of(
            "POST /api/v1/organizations",
            "POST /api/v1/organizations/import",
            "POST /organizations/import",
            "POST /api/v1/surveys",
            "POST /api/v1/surveys/{formId}/responses",
            // anyone signed in registers a venture, which they then keep
            "POST /api/v1/ventures",
            "POST /ventures",
            // anyone signed in enters or nominates for an award (the call's dates and rules decide)
            "POST /api/v1/awards/calls/{id}/entries",
            "POST /awards/{id}/enter",
            "POST /api/v1/ventures/import",
            "POST /ventures/import",
            // anyone registers for an event; the registration's token is the right to cancel it
            "POST /api/v1/events/{id}/registrations",
            "DELETE /api/v1/events/{id}/registrations/{token}",
            "PUT /api/v1/events/{id}/registrations/{token}/agenda",
            "POST /api/v1/events/{id}/registrations/{token}/acceptance",
            // anyone watching a broadcast is counted, with nothing but a country
            "POST /api/v1/events/{id}/viewers",
            "PUT /api/v1/me/password",
            "POST /organizations",
            "POST /agreements",
            "POST /library",
            "POST /people",
            "POST /surveys/import",
            "POST /surveys/new",
            "POST /login",
            "POST /logout");

    @Autowired
    AuditTrail audit;

    @Test
    void noWriteOnAnotherTenantsRecordsSucceedsThroughTheApiOrAForm() throws Exception {
        TestUser owner = newUser("tenant-owner");
        long organization = newOrganization(owner, "VOCATIONAL_COLLEGE", "KZ", Map.of("en", "Tenant Owner College"));
        TestUser other = newUser("tenant-other");
        newOrganization(other, "ENTERPRISE", "UZ", Map.of("en", "Tenant Other Company"));
        Map<String, String> records = records(owner, organization);
        Map<String, Object> bodies = bodies(organization, records);
        // an agreement waiting for an alliance's secretariat to accept it
        AllianceSetting alliance = allianceSetting("Tenant Matrix Alliance");
        Map<String, Object> proposal = new LinkedHashMap<>(
                CooperationIT.draft("Matrix proposal", alliance.alliance(), alliance.college(), organization));
        String waiting = api().token(alliance.member().token())
                .post("/api/v1/agreements", proposal)
                .json()
                .get("id")
                .asText();
        Map<String, String> addresses = Map.of(
                "POST /api/v1/agreements/{id}/alliance-decision",
                "/api/v1/agreements/" + waiting + "/alliance-decision",
                "POST /api/v1/agreements/{id}/documents",
                fill("/api/v1/agreements/{id}/documents", records) + "?title=Matrix&visibility=PARTIES");
        Map<String, String> before = snapshot(records);

        // the API: every write operation of the document
        Map<String, Integer> api = new TreeMap<>();
        Map<String, String> said = new TreeMap<>();
        JsonNode document = api().get("/v3/api-docs").json();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    String method = operation.getKey().toUpperCase();
                    if (!Set.of("POST", "PUT", "PATCH", "DELETE").contains(method)
                            || OWN_WRITES.contains(method + " " + path.getKey())) {
                        return;
                    }
                    String name = method + " " + path.getKey();
                    String address = addresses.getOrDefault(name, fill(path.getKey(), records));
                    boolean multipart = operation
                            .getValue()
                            .path("requestBody")
                            .path("content")
                            .has("multipart/form-data");
                    boolean pdf = path.getKey().contains("/documents");
                    byte[] file = pdf ? TestPdf.of("Tenant matrix") : "a,b\n1,2\n".getBytes();
                    String fileName = pdf ? "agreement.pdf" : "values.csv";
                    String type = pdf ? "application/pdf" : "text/csv";
                    Api as = api().token(other.token());
                    Api.Response answer = !multipart
                            ? as.json(method, address, bodies.getOrDefault(name, Map.of()))
                            : method.equals("PUT")
                                    ? as.uploadPut(address, fileName, type, file)
                                    : as.upload(address, fileName, type, file);
                    api.put(name, answer.status());
                    said.put(name, answer.body());
                }));
        assertThat(api).hasSizeGreaterThan(40);
        // each body is one the rightful user could send: what is missing is only the right
        assertThat(api).allSatisfy((operation, status) -> assertThat(status)
                .as(operation + ": " + said.get(operation))
                .isIn(403, 404));
        assertThat(api.values().stream().filter(s -> s == 404).count())
                .as("addressed records that do not exist")
                .isLessThanOrEqualTo(1);

        // the pages: every POST route, signed in, with a valid CSRF token
        WebSession session = new WebSession(baseUrl());
        session.signIn(other.username(), other.password());
        String csrf = session.csrf("/organizations/new");
        // each route once, though a route may have a handler per answer type (a page, JSON for its script)
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                routes.addAll(info.getPatternValues());
            }
        });
        Map<String, Integer> pages = new TreeMap<>();
        routes.forEach(pattern -> {
            if (pattern.startsWith("/api/")
                    || pattern.startsWith("/s/")
                    || pattern.startsWith("/account")
                    || pattern.startsWith("/error")
                    || OWN_WRITES.contains("POST " + pattern)) {
                return;
            }
            try {
                HttpResponse<String> answer = session.post(fill(pattern, records), Map.of("_csrf", csrf));
                pages.put("POST " + pattern, answer.statusCode());
            } catch (Exception e) {
                throw new IllegalStateException(pattern, e);
            }
        });
        assertThat(pages).hasSizeGreaterThan(30);
        assertThat(pages)
                .allSatisfy((route, status) -> assertThat(status).as(route).isLessThan(500));

        assertThat(snapshot(records)).as("the records after the matrix").isEqualTo(before);

        long refusals = api.values().stream().filter(s -> s == 403).count()
                + pages.values().stream().filter(s -> s == 403).count();
        assertThat(refusals).isPositive();
        long audited = audit.entries(admin(), "request", null, PageRequest.of(0, 1000)).items().stream()
                .filter(e -> e.actor().equals(other.username()) && e.action().equals("refused"))
                .count();
        System.out.println("Tenant matrix, API: " + api);
        System.out.println("Tenant matrix, pages: " + pages);
        assertThat(audited).isEqualTo(refusals);
    }

    /**
     * The forms an organization's editor is shown on their own records, filled in as shown, submitted
     * by another organization's editor with a valid CSRF token: each is refused for the missing right
     * (403, audited) or because the record is not there for them (404), and nothing changes.
     */
    @Test
    void theOwnersFormsSubmittedByAnotherTenantAreRefusedAndAudited() throws Exception {
        TestUser owner = newUser("form-owner");
        long organization = newOrganization(owner, "VOCATIONAL_COLLEGE", "KG", Map.of("en", "Form Owner College"));
        String partner = first("/api/v1/organizations", "id");
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("organizations", String.valueOf(organization));
        ids.put(
                "people",
                created(
                        owner.token(),
                        "/api/v1/people",
                        Map.of("name", Map.of("en", "Form Owner Person"), "affiliations", List.of(organization))));
        ids.put(
                "agreements",
                created(
                        owner.token(),
                        "/api/v1/agreements",
                        CooperationIT.draft("Form owner agreement", null, organization, Long.parseLong(partner))));
        ids.put(
                "resources",
                created(
                        owner.token(),
                        "/api/v1/resources",
                        LibraryIT.draft("COURSE", "Form owner course", organization, null)));
        ids.put("library", ids.get("resources"));
        String formId = "owner_" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api().token(owner.token())
                        .upload("/api/v1/surveys", formId + ".xlsx", "application/octet-stream", SurveyIT.form(formId))
                        .status())
                .isEqualTo(201);
        ids.put("surveys", formId);
        ids.putAll(ventureRecords(owner.token()));
        ids.put("demands", created(owner.token(), "/api/v1/matching/demands", MatchingIT.demand(organization)));
        ids.put("offers", created(owner.token(), "/api/v1/matching/offers", MatchingIT.offer(organization)));
        ids.put("contacts", contact(owner.token(), ids.get("demands"), ids.get("offers")));
        ids.put("alerts", String.valueOf(organization));
        WebSession ownerWeb = new WebSession(baseUrl());
        ownerWeb.signIn(owner.username(), owner.password());
        Map<String, FormElement> forms = pageForms(ownerWeb, ids);
        // an own write's address holds the ids its pattern names
        forms.keySet()
                .removeIf(form -> OWN_WRITES.stream().anyMatch(own -> ("POST " + form.substring(0, form.indexOf(' ')))
                        .matches(own.replaceAll("\\{\\w+}", "[^/]+"))));
        assertThat(forms).as("the owner's forms").hasSizeGreaterThan(15);
        Map<String, String> before = snapshot(ids);

        TestUser other = newUser("form-other");
        newOrganization(other, "ENTERPRISE", "TJ", Map.of("en", "Form Other Company"));
        WebSession otherWeb = new WebSession(baseUrl());
        otherWeb.signIn(other.username(), other.password());
        String csrf = otherWeb.csrf("/organizations/new");
        Map<String, Integer> statuses = new TreeMap<>();
        for (Map.Entry<String, FormElement> form : forms.entrySet()) {
            List<String> pairs = new ArrayList<>();
            for (Connection.KeyVal field : form.getValue().formData()) {
                pairs.add(field.key());
                pairs.add(field.key().equals("_csrf") ? csrf : field.value());
            }
            String action = form.getKey().substring(0, form.getKey().indexOf(' '));
            statuses.put(
                    form.getKey(),
                    otherWeb.postPairs(action, pairs.toArray(String[]::new)).statusCode());
        }
        System.out.println("Tenant matrix, the owner's forms: " + statuses);
        assertThat(statuses)
                .allSatisfy((form, status) -> assertThat(status).as(form).isIn(403, 404));
        assertThat(snapshot(ids)).as("the owner's records afterwards").isEqualTo(before);
        long refusals = statuses.values().stream().filter(s -> s == 403).count();
        long audited = audit.entries(admin(), "request", null, PageRequest.of(0, 1000)).items().stream()
                .filter(e -> e.actor().equals(other.username()) && e.action().equals("refused"))
                .count();
        assertThat(audited).isEqualTo(refusals).isPositive();
    }

    private CurrentUser admin() {
        var admin = users.findByUsername("admin").orElseThrow();
        return new CurrentUser(admin.id(), admin.username(), true);
    }

    /** The records the matrix aims at: the owner's own, and the demo data's (which no test user edits). */
    private Map<String, String> records(TestUser owner, long organization) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("organizations", String.valueOf(organization));
        for (JsonNode partner : api().get("/api/v1/organizations").json().get("items")) {
            if (partner.get("id").asLong() != organization) {
                ids.put("partners", partner.get("id").asText());
                break;
            }
        }
        ids.put("people", first("/api/v1/people", "id"));
        ids.put(
                "alliances",
                api().get("/api/v1/alliances").json().get(0).get("id").asText());
        ids.put("agreements", first("/api/v1/agreements", "id"));
        ids.put("resources", first("/api/v1/resources", "id"));
        ids.put("users", String.valueOf(owner.id()));
        ids.putAll(observatoryRecords("CN"));
        ids.put("surveys", "sco_youth_2026");
        ids.put("country-groups", "SCO");
        ids.putAll(ventureRecords(null));
        ids.put("demands", created(owner.token(), "/api/v1/matching/demands", MatchingIT.demand(organization)));
        ids.put("offers", created(owner.token(), "/api/v1/matching/offers", MatchingIT.offer(organization)));
        ids.put("contacts", contact(owner.token(), ids.get("demands"), ids.get("offers")));
        ids.put("alerts", String.valueOf(organization));
        ids.putAll(awardRecords());
        return ids;
    }

    /** For each write that takes a JSON body, one its rightful user could send, aimed at the records. */
    static Map<String, Object> bodies(long organization, Map<String, String> ids) {
        long person = Long.parseLong(ids.get("people"));
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("consentText", Map.of("en", "I agree."));
        settings.put("guardianText", Map.of("en", "My guardian agrees."));
        settings.put("adultAge", 18);
        settings.put("invitationOnly", false);
        settings.put("suppressionK", 5);
        settings.put("resultsPublished", false);
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put(
                "POST /api/v1/agreements",
                CooperationIT.draft("Tenant matrix", null, organization, Long.parseLong(ids.get("partners"))));
        bodies.put("POST /api/v1/agreements/{id}/alliance-decision", Map.of("accept", true));
        bodies.put(
                "POST /api/v1/alliances/{id}/appointments",
                Map.of("personId", person, "role", Map.of("en", "Expert"), "from", "2024-01-01"));
        bodies.put("POST /api/v1/alliances/{id}/chair", Map.of("organizationId", organization, "from", "2025-01-01"));
        bodies.put(
                "POST /api/v1/alliances/{id}/members",
                Map.of("organizationId", organization, "role", "MEMBER", "joinedOn", "2024-01-01"));
        bodies.put("POST /api/v1/alliances/{id}/memberships", Map.of("organizationId", organization, "role", "MEMBER"));
        bodies.put(
                "POST /api/v1/observatory/countries/{country}/values",
                List.of(Map.of("indicator", ids.get("indicators"), "year", 2023, "value", 1)));
        bodies.put(
                "POST /api/v1/people",
                Map.of("name", Map.of("en", "Matrix Person"), "affiliations", List.of(organization)));
        bodies.put("POST /api/v1/resources", LibraryIT.draft("COURSE", "Matrix course", organization, null));
        bodies.put("POST /api/v1/surveys/{formId}/invitations", Map.of("count", 3));
        Map<String, Object> call = AwardsIT.call(Long.parseLong(ids.get("alliances")), "Matrix awards", 2, 5);
        bodies.put("POST /api/v1/awards/calls", call);
        Map<String, Object> changedCall = new LinkedHashMap<>(call);
        changedCall.put("version", 0);
        bodies.put("PUT /api/v1/awards/calls/{id}", changedCall);
        bodies.put("POST /api/v1/awards/calls/{id}/phase", Map.of("phase", "RESULTS"));
        bodies.put("PUT /api/v1/awards/entries/{id}/screening", Map.of("status", "ELIGIBLE"));
        bodies.put(
                "PUT /api/v1/awards/calls/{id}/winners",
                List.of(Map.of(
                        "entryId",
                        Long.parseLong(ids.getOrDefault("entries", "1")),
                        "place",
                        1,
                        "prize",
                        Map.of("en", "Prize"))));
        bodies.put("POST /api/v1/awards/calls/{id}/jurors", Map.of("personId", person));
        bodies.put(
                "POST /api/v1/awards/calls/{id}/conflicts",
                Map.of("entryId", Long.parseLong(ids.getOrDefault("entries", "1")), "rule", "DECLARED_OTHER"));
        bodies.put("PUT /api/v1/awards/calls/{id}/conflicts/{conflictId}", Map.of("state", "WAIVED", "note", "Matrix"));
        bodies.put("PUT /api/v1/awards/calls/{id}/entries/{entryId}/score", Map.of("marks", Map.of("relevance", 2)));
        Map<String, Object> venture = VenturesIT.venture("Matrix venture", null, null, null);
        venture.put("version", 0);
        bodies.put("PUT /api/v1/ventures/{id}", venture);
        bodies.put("POST /api/v1/ventures/{id}/team", Map.of("name", "Matrix Member", "role", "MEMBER"));
        bodies.put("POST /api/v1/ventures/{id}/merge", Map.of("into", Long.parseLong(ids.get("ventures"))));
        bodies.put(
                "PUT /api/v1/ventures/{id}/team/{memberId}",
                Map.of("name", "Matrix Member", "role", "MEMBER", "version", 0));
        bodies.put("POST /api/v1/ventures/{id}/needs", IntegrationTest.VENTURE_NEED);
        bodies.put("PUT /api/v1/ventures/rates", Map.of("currency", "CNY", "onDate", "2026-12-01", "perUsd", 7));
        Map<String, Object> need = new LinkedHashMap<>(IntegrationTest.VENTURE_NEED);
        need.put("version", 0);
        bodies.put("PUT /api/v1/ventures/{id}/needs/{needId}", need);
        bodies.put("POST /api/v1/ventures/{id}/outcomes", IntegrationTest.VENTURE_OUTCOME);
        Map<String, Object> outcome = new LinkedHashMap<>(IntegrationTest.VENTURE_OUTCOME);
        outcome.put("version", 0);
        bodies.put("PUT /api/v1/ventures/{id}/outcomes/{outcomeId}", outcome);
        bodies.put(
                "POST /api/v1/users",
                Map.of(
                        "username",
                        "matrix-made",
                        "displayName",
                        "Matrix",
                        "password",
                        "a-long-enough-password",
                        "admin",
                        false));
        bodies.put("POST /api/v1/users/{id}/grants", Map.of("role", "ORGANIZATION_EDITOR", "scopeId", organization));
        bodies.put("PUT /api/v1/surveys/{formId}/distribution", settings);
        bodies.put("PUT /api/v1/surveys/{formId}/quotas/{country}", Map.of("maxResponses", 5));
        bodies.put("POST /api/v1/matching/demands", MatchingIT.demand(organization));
        bodies.put("POST /api/v1/matching/offers", MatchingIT.offer(organization));
        Map<String, Object> demand = MatchingIT.demand(organization);
        demand.put("version", 0);
        bodies.put("PUT /api/v1/matching/demands/{id}", demand);
        Map<String, Object> offer = MatchingIT.offer(organization);
        offer.put("version", 0);
        bodies.put("PUT /api/v1/matching/offers/{id}", offer);
        bodies.put(
                "POST /api/v1/matching/contacts",
                Map.of(
                        "demandId",
                        ids.get("demands"),
                        "offerId",
                        ids.get("offers"),
                        "side",
                        "OFFER",
                        "message",
                        "Hello"));
        bodies.put("PUT /api/v1/matching/alerts/{organizationId}", Map.of("minScore", 50));
        bodies.put("POST /api/v1/matching/contacts/{id}/messages", Map.of("text", "Hello"));
        bodies.put("POST /api/v1/matching/contacts/{id}/answer", Map.of("accepted", true));
        // the rules' own weights: a publication that changes no score, refused while they are in use
        bodies.put(
                "POST /api/v1/matching/feedback/publication",
                Map.of(
                        "weights",
                        Map.of(
                                "OCCUPATION",
                                3000,
                                "SKILLS",
                                3000,
                                "FIELD",
                                1500,
                                "LANGUAGE",
                                1000,
                                "QUANTITY",
                                500,
                                "TIMING",
                                500,
                                "MOBILITY",
                                500),
                        "note",
                        "Matrix"));
        bodies.put(
                "POST /api/v1/matching/feedback/comparison",
                Map.of(
                        "weights",
                        Map.of(
                                "OCCUPATION",
                                10_000,
                                "SKILLS",
                                0,
                                "FIELD",
                                0,
                                "LANGUAGE",
                                0,
                                "QUANTITY",
                                0,
                                "TIMING",
                                0,
                                "MOBILITY",
                                0)));
        return bodies;
    }

    /** What each record reads like through the API, to compare before and after. */
    private Map<String, String> snapshot(Map<String, String> ids) {
        Map<String, String> read = new LinkedHashMap<>();
        for (String address : List.of(
                "/api/v1/organizations/" + ids.get("organizations"),
                "/api/v1/people/" + ids.get("people"),
                "/api/v1/alliances/" + ids.get("alliances"),
                "/api/v1/alliances/" + ids.get("alliances") + "/memberships",
                "/api/v1/agreements/" + ids.get("agreements"),
                "/api/v1/resources/" + ids.get("resources"),
                "/api/v1/observatory/indicators/" + ids.get("indicators"),
                "/api/v1/observatory/releases/" + ids.get("releases"),
                "/api/v1/surveys/" + ids.get("surveys"),
                "/api/v1/surveys/" + ids.get("surveys") + "/distribution",
                "/api/v1/country-groups/SCO",
                "/api/v1/ventures/" + ids.get("ventures"),
                "/api/v1/ventures/" + ids.get("ventures") + "/team",
                "/api/v1/ventures/" + ids.get("ventures") + "/needs",
                "/api/v1/ventures/" + ids.get("ventures") + "/outcomes",
                "/api/v1/matching/demands/" + ids.get("demands"),
                "/api/v1/matching/offers/" + ids.get("offers"),
                "/api/v1/matching/contacts/" + ids.get("contacts"),
                "/api/v1/matching/alerts/" + ids.get("alerts"),
                "/api/v1/awards/calls/" + ids.get("calls"),
                "/api/v1/awards/calls/" + ids.get("calls") + "/winners",
                "/api/v1/awards/calls/" + ids.get("calls") + "/conflicts")) {
            // contacts and alerts are read by their organizations' editors only: as an admin
            read.put(
                    address,
                    (address.contains("/contacts/") || address.contains("/alerts/") || address.endsWith("/conflicts")
                                    ? api().token(adminToken())
                                    : api())
                            .get(address)
                            .body());
        }
        return read;
    }
}
