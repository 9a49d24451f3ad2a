package org.vocbridge.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vocbridge.accounts.domain.Users;
import org.vocbridge.shared.security.CurrentUser;
import tools.jackson.databind.JsonNode;

/**
 * From a suggested match to cooperation: an enterprise's editor contacts a college about its offer
 * through the platform, the college's editor answers; only the two sides read the contact, only the
 * contacted side answers, once, a refusal needs a reason, and the e-mail addresses appear only once
 * accepted, with an agreement between the two organizations to start.
 */
class MatchingContactsIT extends InBrowser {

    /** A user with an e-mail address, signed in through the API with a token. */
    private TestUser withEmail(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        var admin = users.findByUsername("admin").orElseThrow();
        var user = users.create(
                new CurrentUser(admin.id(), "admin", true),
                new Users.NewUser(username, prefix + " person", username + "@example.org", password, false));
        String token = tokens.create(new CurrentUser(user.id(), username, false), "test")
                .token();
        return new TestUser(user.id(), username, password, token);
    }

    /** A demand in Thailand and an offer that passes its gates, on an occupation no other test names. */
    private long[] pair(TestUser enterpriseEditor, TestUser collegeEditor, String name) {
        long enterprise = newOrganization(enterpriseEditor, "ENTERPRISE", "CN", Map.of("en", name + " Motors"));
        long college = newOrganization(collegeEditor, "VOCATIONAL_COLLEGE", "CN", Map.of("en", name + " College"));
        Map<String, Object> demand = MatchingIT.demand(enterprise);
        demand.put("title", Map.of("en", name + " technicians"));
        demand.put("profile", Map.of("occupations", List.of("3115"), "headcount", 10, "countries", List.of("TH")));
        Map<String, Object> offer = MatchingIT.offer(college, "3115", List.of(), List.of());
        offer.put("programme", Map.of("en", name + " mechanical technicians"));
        return new long[] {
            Long.parseLong(created(enterpriseEditor.token(), "/api/v1/matching/demands", demand)),
            Long.parseLong(created(collegeEditor.token(), "/api/v1/matching/offers", offer)),
            enterprise,
            college
        };
    }

    @Test
    void onlyTheTwoSidesReadAContactOnlyTheContactedSideAnswersAndAddressesShowOnceAccepted() {
        TestUser enterpriseEditor = withEmail("contact-enterprise");
        TestUser collegeEditor = withEmail("contact-college");
        TestUser outsider = withEmail("contact-outsider");
        long[] pair = pair(enterpriseEditor, collegeEditor, "Contact API");
        Map<String, Object> contact = new HashMap<>(
                Map.of("demandId", pair[0], "offerId", pair[1], "side", "DEMAND", "message", "Can you train ten?"));

        assertThat(api().token(outsider.token())
                        .post("/api/v1/matching/contacts", contact)
                        .status())
                .isEqualTo(403);
        Map<String, Object> empty = new HashMap<>(contact);
        empty.put("message", "  ");
        Api.Response refused =
                api().token(enterpriseEditor.token()).language("ru").post("/api/v1/matching/contacts", empty);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(CooperationIT.errorCodes(refused)).containsExactly("error.required");
        assertThat(api().token(enterpriseEditor.token())
                        .get("/api/v1/matching/contacts")
                        .json())
                .as("nothing made")
                .noneMatch(c -> c.get("offerId").asLong() == pair[1]);

        JsonNode made = api().token(enterpriseEditor.token())
                .post("/api/v1/matching/contacts", contact)
                .json();
        JsonNode match = api().get("/api/v1/matching/demands/" + pair[0] + "/offers/" + pair[1])
                .json()
                .get("match");
        assertThat(made.get("status").asText()).isEqualTo("CONTACTED");
        assertThat(made.get("score").asInt())
                .isEqualTo(match.get("score").asInt())
                .isPositive();
        assertThat(made.get("algorithm").asText())
                .isEqualTo(match.get("algorithm").asText());
        assertThat(made.get("weights").get("SKILLS").asInt())
                .isEqualTo(api().get("/api/v1/matching/algorithm")
                        .json()
                        .get("weights")
                        .get("SKILLS")
                        .asInt());
        assertThat(made.get("people")).isEmpty();
        long id = made.get("id").asLong();
        assertThat(CooperationIT.errorCodes(
                        api().token(enterpriseEditor.token()).post("/api/v1/matching/contacts", contact)))
                .containsExactly("error.contact.exists");

        String address = "/api/v1/matching/contacts/" + id;
        JsonNode read = api().token(collegeEditor.token()).get(address).json();
        assertThat(read.get("messages").get(0).get("text").asText()).isEqualTo("Can you train ten?");
        assertThat(read.toString()).doesNotContain(enterpriseEditor.username() + "@example.org");
        assertThat(api().token(outsider.token()).get(address).status()).isEqualTo(403);
        assertThat(api().token(outsider.token())
                        .post(address + "/messages", Map.of("text", "Me too"))
                        .status())
                .isEqualTo(403);
        assertThat(api().token(enterpriseEditor.token())
                        .post(address + "/answer", Map.of("accepted", true))
                        .status())
                .as("the side that made contact does not answer it")
                .isEqualTo(403);
        assertThat(CooperationIT.errorCodes(
                        api().token(collegeEditor.token()).post(address + "/answer", Map.of("accepted", false))))
                .containsExactly("error.contact.reason");
        assertThat(api().token(collegeEditor.token())
                        .post(address + "/messages", Map.of("text", "Which dates?"))
                        .json()
                        .get("messages")
                        .get(1)
                        .get("side")
                        .asText())
                .isEqualTo("OFFER");

        JsonNode accepted = api().token(collegeEditor.token())
                .post(address + "/answer", Map.of("accepted", true))
                .json();
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("people").toString())
                .contains(enterpriseEditor.username() + "@example.org", collegeEditor.username() + "@example.org");
        assertThat(CooperationIT.errorCodes(api().token(collegeEditor.token())
                        .post(address + "/answer", Map.of("accepted", false, "reason", "TIMING"))))
                .containsExactly("error.contact.answered");
    }

    @Test
    void aCollegeDeclinesThenAnotherAcceptsAndStartsAnAgreementOnThePages() {
        TestUser enterpriseEditor = withEmail("contact-page-enterprise");
        TestUser collegeEditor = withEmail("contact-page-college");
        long[] pair = pair(enterpriseEditor, collegeEditor, "Contact Page");

        signIn(enterpriseEditor.username(), enterpriseEditor.password());
        page.setViewportSize(390, 844);
        page.navigate("/matching/demands/" + pair[0] + "?lang=zh");
        Locator offer = page.locator("#matches > li")
                .filter(new Locator.FilterOptions().setHasText("Contact Page mechanical technicians"));
        offer.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("联系院校"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发送"))
                .click();
        assertThat(page.locator("#message-error")).isVisible();
        page.fill("#message", "能否为泰国罗勇培训十名技术员？<b>2027</b>");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发送"))
                .click();
        assertThat(page.locator("#contact-status")).hasText("等待答复");
        assertThat(page.locator("#contact-messages")).containsText("<b>2027</b>");
        assertThat(page.locator("#contact-people")).hasCount(0);
        assertThat(page.locator("#answer-form")).hasCount(0);
        assertFits("the contact in Chinese");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/matching-contact-zh-390.png"))
                .setFullPage(true));
        page.navigate("/matching/demands/" + pair[0] + "?lang=zh");
        assertThat(offer.locator(".contact-state")).hasText("等待答复");

        BrowserContext college = browser.newContext(
                new Browser.NewContextOptions().setLocale("en-US").setBaseURL(baseUrl()));
        Page collegePage = college.newPage();
        collegePage.navigate("/login");
        collegePage.getByLabel("User name").fill(collegeEditor.username());
        collegePage.getByLabel("Password").fill(collegeEditor.password());
        collegePage
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        collegePage.waitForURL(url -> !url.contains("/login"));
        collegePage.navigate("/matching/contacts?lang=en");
        collegePage
                .locator("#contacts a")
                .filter(new Locator.FilterOptions().setHasText("Contact Page"))
                .click();
        collegePage.getByLabel("Decline").check();
        collegePage
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Answer"))
                .click();
        assertThat(collegePage.locator("#reason-error")).hasText("Give the reason for declining.");
        assertThat(collegePage.locator("#contact-status")).hasText("Waiting for an answer");
        collegePage.getByLabel("Accept: we want to work on this together").check();
        collegePage
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Answer"))
                .click();
        assertThat(collegePage.locator("#contact-status")).hasText("Accepted");
        assertThat(collegePage.locator("#contact-people")).containsText(enterpriseEditor.username() + "@example.org");
        collegePage.locator("#start-agreement").click();
        // the two organizations are the agreement's first parties, chosen already
        assertThat(collegePage.locator("#party-0 option:checked")).containsText("Contact Page Motors");
        assertThat(collegePage.locator("#party-1 option:checked")).containsText("Contact Page College");
        college.close();

        page.reload();
        assertThat(offer.locator(".contact-state")).hasText("已接受");
    }

    @Test
    void feedbackCountsTheOutcomesByBandAndComparesAWeightSetOnThem() {
        String admin = adminToken();
        JsonNode before = api().token(admin).get("/api/v1/matching/feedback").json();
        TestUser enterpriseEditor = withEmail("feedback-enterprise");
        TestUser collegeEditor = withEmail("feedback-college");
        long[] accepted = pair(enterpriseEditor, collegeEditor, "Feedback Accepted");
        long[] declined = pair(enterpriseEditor, collegeEditor, "Feedback Declined");
        int acceptedScore = answered(enterpriseEditor, collegeEditor, accepted, Map.of("accepted", true));
        int declinedScore =
                answered(enterpriseEditor, collegeEditor, declined, Map.of("accepted", false, "reason", "TIMING"));

        JsonNode after = api().token(admin).get("/api/v1/matching/feedback").json();
        assertThat(after.get("contacts").asInt())
                .isEqualTo(before.get("contacts").asInt() + 2);
        int acceptedBand = Math.min(4, acceptedScore / 2000);
        int declinedBand = Math.min(4, declinedScore / 2000);
        assertThat(count(after, acceptedBand, "accepted")).isEqualTo(count(before, acceptedBand, "accepted") + 1);
        assertThat(count(after, declinedBand, "declined")).isEqualTo(count(before, declinedBand, "declined") + 1);
        assertThat(after.get("reasons").path("TIMING").asInt())
                .isEqualTo(before.get("reasons").path("TIMING").asInt() + 1);
        assertThat(api().token(enterpriseEditor.token())
                        .get("/api/v1/matching/feedback")
                        .status())
                .isEqualTo(403);

        // the weights in use, proposed again, score every contact as it was scored
        JsonNode current = api().get("/api/v1/matching/algorithm").json().get("weights");
        JsonNode same = api().token(admin)
                .post("/api/v1/matching/feedback/comparison", Map.of("weights", current))
                .json();
        assertThat(same.get("proposed").toString())
                .isEqualTo(same.get("current").toString());
        assertThat(same.get("current").get("accepted").asInt()).isPositive();
        Map<String, Object> wrong = new HashMap<>();
        current.properties().forEach(e -> wrong.put(e.getKey(), e.getValue().asInt()));
        wrong.put("OCCUPATION", 1);
        Api.Response refused = api().token(admin)
                .language("ru")
                .post("/api/v1/matching/feedback/comparison", Map.of("weights", wrong));
        assertThat(CooperationIT.errorCodes(refused)).containsExactly("error.weights.sum");
        assertThat(refused.body()).contains("Сумма весов");

        signIn("admin", ADMIN_PASSWORD);
        page.setViewportSize(390, 844);
        page.navigate("/matching/feedback?lang=ru");
        page.fill("#occupation", "1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сравнить"))
                .click();
        assertThat(page.locator(".error-summary")).containsText("Сумма весов должна быть 10");
        assertThat(page.locator("#comparison")).hasCount(0);
        page.fill("#occupation", String.valueOf(current.get("OCCUPATION").asInt() - 1000));
        page.fill("#skills", String.valueOf(current.get("SKILLS").asInt() + 1000));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сравнить"))
                .click();
        assertThat(page.locator("#comparison")).isVisible();
        assertFits("the feedback page in Russian");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/matching-feedback-ru-390.png"))
                .setFullPage(true));
    }

    @Test
    void aWeightSetPublishedScoresEveryRankingFromThenOnAndTheVersionsAreListed() {
        String admin = adminToken();
        TestUser enterpriseEditor = withEmail("publish-enterprise");
        TestUser collegeEditor = withEmail("publish-college");
        long[] pair = pair(enterpriseEditor, collegeEditor, "Publish");
        String pairAddress = "/api/v1/matching/demands/" + pair[0] + "/offers/" + pair[1];
        JsonNode in = api().get("/api/v1/matching/algorithm").json();
        Map<String, Integer> original = new HashMap<>();
        in.get("weights")
                .properties()
                .forEach(e -> original.put(e.getKey(), e.getValue().asInt()));
        Map<String, Integer> proposed = new HashMap<>(original);
        proposed.put("OCCUPATION", original.get("OCCUPATION") - 1000);
        proposed.put("MOBILITY", original.get("MOBILITY") + 1000);
        String publication = "/api/v1/matching/feedback/publication";

        assertThat(api().token(enterpriseEditor.token())
                        .post(publication, Map.of("weights", proposed))
                        .status())
                .isEqualTo(403);
        assertThat(CooperationIT.errorCodes(api().token(admin).post(publication, Map.of("weights", original))))
                .containsExactly("error.weights.same");
        Map<String, Integer> wrong = new HashMap<>(proposed);
        wrong.put("SKILLS", 0);
        assertThat(CooperationIT.errorCodes(api().token(admin).post(publication, Map.of("weights", wrong))))
                .containsExactly("error.weights.sum");
        assertThat(api().get("/api/v1/matching/algorithm").json()).isEqualTo(in);

        try {
            Api.Response published = api().token(admin)
                    .post(publication, Map.of("weights", proposed, "note", "Mobility <b>matters</b> more"));
            assertThat(published.status()).as(published.body()).isEqualTo(201);
            String version = published.json().get("algorithm").asText();
            assertThat(version).isNotEqualTo(in.get("algorithm").asText());
            assertThat(api().get("/api/v1/matching/algorithm")
                            .json()
                            .get("algorithm")
                            .asText())
                    .isEqualTo(version);

            JsonNode match = api().get(pairAddress).json().get("match");
            assertThat(match.get("algorithm").asText()).isEqualTo(version);
            int sum = 0;
            for (JsonNode c : match.get("components")) {
                assertThat(c.get("weight").asInt())
                        .isEqualTo(proposed.get(c.get("kind").asText()));
                assertThat(c.get("contribution").asInt())
                        .isEqualTo(c.get("value").asInt() * c.get("weight").asInt() / 1000);
                sum += c.get("contribution").asInt();
            }
            assertThat(match.get("score").asInt()).isEqualTo(sum);
            assertThat(api().get("/api/v1/matching/demands/" + pair[0] + "/matches?limit=100")
                            .json()
                            .findValuesAsString("algorithm"))
                    .containsOnly(version);
            JsonNode versions = api().get("/api/v1/matching/feedback/versions").json();
            assertThat(versions.get(0).get("weights").get("algorithm").asText()).isEqualTo(version);
            assertThat(versions.get(0).get("publishedBy").asText()).isEqualTo("admin");
            assertThat(versions.get(0).get("note").asText()).isEqualTo("Mobility <b>matters</b> more");
            assertThat(versions.get(versions.size() - 1).get("publishedBy").isNull())
                    .isTrue();

            // back to the weights in use before, published from the page
            signIn("admin", ADMIN_PASSWORD);
            page.setViewportSize(390, 844);
            page.navigate("/matching/feedback?lang=ru");
            assertThat(page.locator("#versions-table tbody tr").first()).containsText(version);
            assertThat(page.locator("#versions-table tbody tr").first()).containsText("<b>matters</b>");
            page.fill("#occupation", String.valueOf(original.get("OCCUPATION")));
            page.fill("#mobility", String.valueOf(original.get("MOBILITY")));
            page.fill("#note", "Назад к прежним весам");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Опубликовать как новую версию"))
                    .click();
            assertThat(page.locator("p.notice")).containsText("Используется версия");
            assertThat(page.locator("#versions-table tbody tr").first()).containsText("Назад к прежним весам");
            assertFits("the versions of the algorithm in Russian");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Paths.get("target/screenshots/matching-versions-ru-390.png"))
                    .setFullPage(true));
        } finally {
            if (!api().get("/api/v1/matching/algorithm").json().get("weights").equals(in.get("weights"))) {
                api().token(admin).post(publication, Map.of("weights", original, "note", "Restored"));
            }
        }
        assertThat(api().get("/api/v1/matching/algorithm").json().get("weights"))
                .isEqualTo(in.get("weights"));
    }

    /** Contacts the college about the pair and has it answered; the score kept with the contact. */
    private int answered(TestUser enterpriseEditor, TestUser collegeEditor, long[] pair, Map<String, Object> answer) {
        JsonNode made = api().token(enterpriseEditor.token())
                .post(
                        "/api/v1/matching/contacts",
                        Map.of("demandId", pair[0], "offerId", pair[1], "side", "DEMAND", "message", "Shall we?"))
                .json();
        assertThat(api().token(collegeEditor.token())
                        .post("/api/v1/matching/contacts/" + made.get("id").asText() + "/answer", answer)
                        .status())
                .isEqualTo(200);
        return made.get("score").asInt();
    }

    private static int count(JsonNode report, int band, String outcome) {
        return report.get("scores").get(band).get(outcome).asInt();
    }
}
