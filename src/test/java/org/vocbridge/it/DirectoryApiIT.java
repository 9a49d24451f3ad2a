package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DirectoryApiIT extends IntegrationTest {

    static Map<String, Object> organization(String word, String country) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "VOCATIONAL_COLLEGE");
        body.put("name", Map.of("zh", "阿拉木图" + word + "职业学院", "en", "Almaty " + word + " College"));
        body.put("country", country);
        body.put("fields", List.of("0715"));
        body.put("occupations", List.of("7231"));
        body.put("privateContact", "rector's mobile +7 700 000 0000");
        return body;
    }

    long total(String query) {
        return api().get("/api/v1/organizations?size=1" + query)
                .json()
                .get("total")
                .asLong();
    }

    @Test
    void organizationsAreListedByNameOrRecentlyChangedFirst() {
        TestUser editor = newUser("sorting");
        String word = "Sortword" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> beta = organization(word + " Beta", "KZ");
        long betaId = api().token(editor.token())
                .post("/api/v1/organizations", beta)
                .json()
                .get("id")
                .asLong();
        Map<String, Object> alpha = organization(word + " Alpha", "KZ");
        JsonNode alphaOrg =
                api().token(editor.token()).post("/api/v1/organizations", alpha).json();
        assertThat(names("?q=" + word + "&sort=NAME"))
                .containsExactly("Almaty " + word + " Alpha College", "Almaty " + word + " Beta College");
        assertThat(names("?q=" + word + "&sort=UPDATED"))
                .containsExactly("Almaty " + word + " Alpha College", "Almaty " + word + " Beta College");
        JsonNode betaOrg = api().get("/api/v1/organizations/" + betaId).json();
        beta.put("version", betaOrg.get("version").asLong());
        beta.put("website", "beta.example.org");
        assertThat(api().token(editor.token())
                        .put("/api/v1/organizations/" + betaId, beta)
                        .status())
                .isEqualTo(200);
        assertThat(names("?q=" + word + "&sort=UPDATED"))
                .containsExactly("Almaty " + word + " Beta College", "Almaty " + word + " Alpha College");
        assertThat(alphaOrg.get("id").asLong()).isGreaterThan(betaId);
        assertThat(api().get("/organizations?q=" + word + "&sort=UPDATED&lang=zh")
                        .body())
                .contains("<option value=\"UPDATED\" selected=\"selected\">最近修改优先</option>");
    }

    private List<String> names(String query) {
        List<String> names = new ArrayList<>();
        api().get("/api/v1/organizations" + query)
                .json()
                .get("items")
                .forEach(o -> names.add(o.get("name").get("en").asText()));
        return names;
    }

    @Test
    void anEditorCreatesAndChangesAnOrganizationAndEveryWriteIsAudited() {
        TestUser editor = newUser("editor");
        String word = "w" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response created = api().token(editor.token()).post("/api/v1/organizations", organization(word, "KZ"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode org = created.json();
        long id = org.get("id").asLong();
        assertThat(created.header("Location")).endsWith("/api/v1/organizations/" + id);
        assertThat(org.get("missingLanguages").toString()).contains("ru");

        // a web address as people type it
        Map<String, Object> typed = organization(word + "w", "KZ");
        typed.put("website", " almaty-college.example.org/en ");
        assertThat(api().token(editor.token())
                        .post("/api/v1/organizations", typed)
                        .json()
                        .get("website")
                        .asText())
                .isEqualTo("https://almaty-college.example.org/en");
        typed.put("website", "javascript:alert(1)");
        assertThat(api().token(editor.token())
                        .post("/api/v1/organizations", typed)
                        .status())
                .isEqualTo(400);

        JsonNode found = api().get("/api/v1/organizations?country=KZ&q=" + word).json();
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("id").asLong()).isEqualTo(id);

        Map<String, Object> change = organization(word, "KZ");
        change.put(
                "name",
                Map.of(
                        "zh",
                        "阿拉木图" + word + "职业学院",
                        "en",
                        "Almaty " + word + " College",
                        "ru",
                        "Алматинский колледж " + word,
                        "kk",
                        "Алматы колледжі " + word));
        change.put("version", org.get("version").asLong());
        Api.Response updated = api().token(editor.token()).put("/api/v1/organizations/" + id, change);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("name").get("kk").asText()).isEqualTo("Алматы колледжі " + word);
        assertThat(updated.json().get("version").asLong())
                .isGreaterThan(org.get("version").asLong());

        // the second writer still holds the old version: told, and nothing is overwritten
        Map<String, Object> stale = organization(word, "KZ");
        stale.put("name", Map.of("en", "Overwritten"));
        stale.put("version", org.get("version").asLong());
        Api.Response conflict = api().token(editor.token()).put("/api/v1/organizations/" + id, stale);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.header("Content-Type")).startsWith("application/problem+json");
        assertThat(conflict.json().get("type").asText()).isEqualTo("urn:vocbridge:problem:concurrent-edit");
        assertThat(api().get("/api/v1/organizations/" + id)
                        .json()
                        .get("name")
                        .get("en")
                        .asText())
                .isEqualTo("Almaty " + word + " College");

        String adminToken = adminToken();
        JsonNode audit = api().token(adminToken)
                .get("/api/v1/audit?recordType=organization&recordId=" + id)
                .json();
        List<String> actions = new ArrayList<>();
        audit.get("items")
                .forEach(e -> actions.add(
                        e.get("action").asText() + ":" + e.get("actor").asText()));
        assertThat(actions).containsExactly("update:" + editor.username(), "create:" + editor.username());
        JsonNode lastChange = audit.get("items").get(0);
        assertThat(lastChange.get("before").asText()).doesNotContain("Алматинский");
        assertThat(lastChange.get("after").asText()).contains("Алматинский");
        assertThat(api().token(editor.token()).get("/api/v1/audit").status()).isEqualTo(403);
    }

    @Test
    void badInputGetsLocalizedFieldErrorsAndChangesNothing() {
        TestUser editor = newUser("editor");
        long before = total("");
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("kind", "UNIVERSITY");
        bad.put("name", Map.of("not a tag!", "Колледж", "en", "x".repeat(301)));
        bad.put("country", "XX");
        bad.put("fields", List.of("9876"));
        bad.put("occupations", List.of("0000"));
        bad.put("website", "javascript:alert(1)");
        Api.Response response = api().token(editor.token()).language("ru").post("/api/v1/organizations", bad);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("title").asText()).isEqualTo("Во введённых данных есть ошибки; ничего не изменено.");
        Map<String, String> errors = new LinkedHashMap<>();
        problem.get("errors")
                .forEach(e ->
                        errors.merge(e.get("field").asText(), e.get("message").asText(), (a, b) -> a + " / " + b));
        assertThat(errors.keySet()).containsExactlyInAnyOrder("name", "country", "fields", "occupations", "website");
        assertThat(errors.get("country")).isEqualTo("Неизвестный код страны «XX».");
        assertThat(errors.get("name")).contains("«not a tag!» не является языковым тегом", "Не более 300 символов");
        assertThat(total("")).isEqualTo(before);

        Api.Response unreadable =
                api().token(editor.token()).post("/api/v1/organizations", "{\"kind\": \"NO_SUCH_KIND\"");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.json().get("type").asText()).isEqualTo("urn:vocbridge:problem:unreadable");
        assertThat(total("")).isEqualTo(before);
    }

    @Test
    void writesNeedATokenAndTheRightToEditThatOrganization() {
        TestUser owner = newUser("owner");
        TestUser stranger = newUser("stranger");
        String word = "p" + UUID.randomUUID().toString().substring(0, 6);
        JsonNode org = api().token(owner.token())
                .post("/api/v1/organizations", organization(word, "UZ"))
                .json();
        long id = org.get("id").asLong();

        Api.Response anonymous = api().post("/api/v1/organizations", organization(word, "UZ"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api().token("vb_not-a-real-token")
                        .post("/api/v1/organizations", organization(word, "UZ"))
                        .status())
                .isEqualTo(401);

        Map<String, Object> change = organization("hijacked", "UZ");
        change.put("version", org.get("version").asLong());
        Api.Response forbidden = api().token(stranger.token()).put("/api/v1/organizations/" + id, change);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("type").asText()).isEqualTo("urn:vocbridge:problem:forbidden");
        assertThat(api().get("/api/v1/organizations/" + id)
                        .json()
                        .get("name")
                        .get("en")
                        .asText())
                .contains(word);

        assertThat(api().get("/api/v1/organizations/" + id)
                        .json()
                        .get("privateContact")
                        .isNull())
                .isTrue();
        assertThat(api().token(stranger.token())
                        .get("/api/v1/organizations/" + id)
                        .json()
                        .get("privateContact")
                        .isNull())
                .isTrue();
        assertThat(api().token(owner.token())
                        .get("/api/v1/organizations/" + id)
                        .json()
                        .get("privateContact")
                        .asText())
                .contains("+7 700");
        assertThat(api().get("/api/v1/organizations?q=" + Api.encode("+7 700 000"))
                        .json()
                        .get("total")
                        .asLong())
                .as("private contacts are not searchable")
                .isZero();
    }

    @Test
    void htmlInATextIsStoredAsWrittenAndRenderedInert() {
        TestUser editor = newUser("editor");
        Map<String, Object> body = organization("x", "KG");
        String name = "<script>alert('vb')</script><b onclick=\"x()\">Bishkek</b>";
        body.put("name", Map.of("en", name));
        JsonNode org =
                api().token(editor.token()).post("/api/v1/organizations", body).json();
        assertThat(org.get("name").get("en").asText()).isEqualTo(name);

        String page = api().get("/organizations/" + org.get("id").asLong()).body();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<b onclick");
        assertThat(page).contains("&lt;script&gt;alert(&#39;vb&#39;)&lt;/script&gt;");
    }

    @Test
    void listsFilterByCountryGroupKindAllianceAndField() {
        Set<String> asean = Set.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL");
        JsonNode inAsean =
                api().get("/api/v1/organizations?group=asean&size=100").json();
        assertThat(inAsean.get("total").asLong()).isPositive();
        inAsean.get("items")
                .forEach(o -> assertThat(asean).contains(o.get("country").asText()));
        long laos = total("&country=LA");
        assertThat(laos).isPositive().isLessThan(inAsean.get("total").asLong());

        api().get("/api/v1/organizations?kind=UNIVERSITY&size=100")
                .json()
                .get("items")
                .forEach(o -> assertThat(o.get("kind").asText()).isEqualTo("UNIVERSITY"));

        JsonNode engineering =
                api().get("/api/v1/organizations?field=07&size=100").json();
        assertThat(engineering.get("total").asLong()).isPositive();
        engineering.get("items").forEach(o -> assertThat(o.get("fields").toString())
                .contains("\"07"));

        long yangtze = alliance("Yangtze Workshop");
        JsonNode counts = api().get("/api/v1/alliances/" + yangtze + "/counts").json();
        assertThat(total("&alliance=" + yangtze)).isEqualTo(counts.get("total").asLong());
        long inMalaysia = counts.get("byCountry").get("MY").asLong();
        assertThat(total("&alliance=" + yangtze + "&country=MY")).isEqualTo(inMalaysia);

        assertThat(api().get("/api/v1/organizations?kind=NOT_A_KIND").status()).isEqualTo(400);
    }

    @Test
    void expertsAreThePeopleWithThinkTankAppointments() {
        long yangtze = alliance("Yangtze Workshop");
        JsonNode experts =
                api().get("/api/v1/alliances/" + yangtze + "/experts").json();
        assertThat(experts.size()).isPositive();
        List<String> names = new ArrayList<>();
        experts.forEach(p -> names.add(p.get("name").get("zh").asText()));
        assertThat(names).contains("本森·坎蒙", "林小雄").doesNotHaveDuplicates();
        experts.forEach(p -> assertThat(p.get("appointments").findValuesAsString("allianceId"))
                .contains(String.valueOf(yangtze)));
        JsonNode listed = api().get("/api/v1/people?expert=true&size=100").json();
        listed.get("items")
                .forEach(p -> assertThat(p.get("appointments").size()).isPositive());
        assertThat(listed.get("total").asLong()).isGreaterThanOrEqualTo(experts.size());
    }

    @Test
    void memberCountsAgreeWithTheMembershipsThemselves() {
        long yangtze = alliance("Yangtze Workshop");
        long members = 0;
        for (JsonNode m :
                api().get("/api/v1/alliances/" + yangtze + "/memberships").json()) {
            if (List.of("APPROVED", "ACTIVE", "SUSPENDED")
                    .contains(m.get("status").asText())) {
                members++;
            }
        }
        JsonNode listed = null;
        for (JsonNode a : api().get("/api/v1/alliances").json()) {
            if (a.get("id").asLong() == yangtze) {
                listed = a;
            }
        }
        assertThat(listed.get("memberCount").asLong()).isEqualTo(members).isPositive();
        assertThat(api().get("/api/v1/alliances/" + yangtze)
                        .json()
                        .get("memberCount")
                        .asLong())
                .isEqualTo(members);
    }

    @Test
    void anOrganizationHasOneOpenMembershipOfAnAllianceAtATime() {
        long alliance = alliance("SCO Youth");
        JsonNode applied = null;
        for (JsonNode m :
                api().get("/api/v1/alliances/" + alliance + "/memberships").json()) {
            if (m.get("status").asText().equals("APPLIED")) {
                applied = m;
            }
        }
        Api.Response again = api().token(adminToken())
                .post(
                        "/api/v1/alliances/" + alliance + "/memberships",
                        Map.of("organizationId", applied.get("organizationId").asLong(), "role", "MEMBER"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("error.membership.exists");
    }

    @Test
    void listsAreSortedAsEachLanguagesReadersExpect() {
        TestUser editor = newUser("sorter");
        for (String zh : List.of("中山职业学院", "北京职业学院", "安徽职业学院")) {
            newOrganization(editor, "OTHER", "MV", Map.of("zh", zh));
        }
        for (String ru : List.of("Яблоневый колледж", "Арбузный колледж", "Ёлочный колледж")) {
            newOrganization(editor, "OTHER", "SC", Map.of("ru", ru));
        }
        // names that start alike are ordered by the whole name, not by which was added first
        for (String en : List.of("Chongqing College of Zinc Casting", "Chongqing College of Arts", "Chongqing")) {
            newOrganization(editor, "OTHER", "TL", Map.of("en", en));
        }
        assertThat(names(
                        api().language("zh")
                                .get("/api/v1/organizations?country=MV")
                                .json(),
                        "zh"))
                .as("pinyin order: an, bei, zhong")
                .containsExactly("安徽职业学院", "北京职业学院", "中山职业学院");
        assertThat(names(
                        api().language("ru")
                                .get("/api/v1/organizations?country=SC")
                                .json(),
                        "ru"))
                .as("Ё sorts with Е, not before А")
                .containsExactly("Арбузный колледж", "Ёлочный колледж", "Яблоневый колледж");
        assertThat(names(
                        api().language("en")
                                .get("/api/v1/organizations?country=TL")
                                .json(),
                        "en"))
                .containsExactly("Chongqing", "Chongqing College of Arts", "Chongqing College of Zinc Casting");
    }

    static List<String> names(JsonNode page, String language) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(o -> names.add(o.get("name").get(language).asText()));
        return names;
    }
}
