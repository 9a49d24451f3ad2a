package org.vocbridge.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vocbridge.accounts.Role;
import tools.jackson.databind.JsonNode;

/** What people do in a real browser: Debian's Chromium driven by Playwright. */
class BrowserIT extends InBrowser {

    @Test
    void theLanguageSwitchChangesThePageAndIsRemembered() {
        page.navigate("/");
        assertThat(page.locator("nav.bar")).containsText("Organizations");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Русский"))
                .click();
        assertThat(page.locator("nav.bar")).containsText("Организации");
        assertThat(page.locator("html")).hasAttribute("lang", "ru");
        page.navigate("/alliances");
        assertThat(page.locator("h1")).hasText("Альянсы");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("中文")).click();
        assertThat(page.locator("h1")).hasText("联盟");
    }

    @Test
    void theHeaderSearchFindsChineseCompoundsAndRussianWordForms() {
        page.navigate("/");
        page.getByLabel("Search everything").fill("职业教育");
        page.getByLabel("Search everything").press("Enter");
        assertThat(page.locator("ol.hits")).containsText("Chongqing Vocational Education Society");
        assertThat(page.locator("ol.hits mark").first()).hasText("职业教育");

        page.getByLabel("Search everything").fill("образованием");
        page.getByLabel("Search everything").press("Enter");
        assertThat(page.locator("ol.hits"))
                .containsText("Vocational Education Development Center, Ministry of Education");
        assertThat(page.locator("ol.hits mark").first()).containsText("образовани");
        assertThat(page.locator("nav.facets")).containsText("Organizations (");
    }

    @Test
    void filteringRefreshesOnlyTheResults() {
        page.navigate("/organizations");
        page.evaluate("window.__sameDocument = true");
        page.locator("form.filters select[name=country]").selectOption("LA");
        assertThat(page.locator("#results")).containsText("Lao Railway Technical College");
        assertThat(page.locator("#results")).not().containsText("Tianjin University");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*country=LA.*"));
        assertThat(page.evaluate("window.__sameDocument === true")).isEqualTo(true);
    }

    @Test
    void filteringAndSearchingWorkWithoutJavaScript() {
        try (BrowserContext plain = browser.newContext(
                new Browser.NewContextOptions().setJavaScriptEnabled(false).setBaseURL(baseUrl()))) {
            Page noScript = plain.newPage();
            noScript.navigate("/organizations");
            noScript.locator("form.filters select[name=country]").selectOption("TH");
            noScript.locator("form.filters button[type=submit]").click();
            assertThat(noScript).hasURL(java.util.regex.Pattern.compile(".*country=TH.*"));
            assertThat(noScript.locator("#results")).containsText("Shinawatra University");
            assertThat(noScript.locator("#results")).not().containsText("Tianjin University");
            noScript.getByLabel("Search everything").fill("ລົດໄຟ");
            noScript.getByLabel("Search everything").press("Enter");
            assertThat(noScript.locator("ol.hits")).containsText("Lao Railway Technical College");
        }
    }

    @Test
    void creatingAnOrganizationShowsErrorsThenSaves() {
        TestUser user = newUser("browser");
        signIn(user.username(), user.password());
        page.navigate("/organizations/new");
        int nameRows = page.locator("#name-translations .translation").count();
        page.getByLabel("Kind").selectOption("VOCATIONAL_COLLEGE");
        page.locator("#name-translations input[name='name[1].text']").fill("Samarkand Service College");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(page.locator(".error-summary")).containsText("Nothing was saved");
        assertThat(page.locator("#country-error")).hasText("Required.");
        // the summary takes the focus
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary a[href='#country']")).hasText("Required.");
        assertThat(page).hasTitle("New organization · VocBridge");
        // no spare row is added by the failed save
        assertThat(page.locator("#name-translations .translation")).hasCount(nameRows);
        assertThat(page.locator("#name-translations input[name='name[1].text']"))
                .hasValue("Samarkand Service College");

        page.getByLabel("Country", new Page.GetByLabelOptions().setExact(true)).selectOption("UZ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator("h1")).containsText("Samarkand Service College");
        assertThat(page.locator(".notice")).hasText("Saved.");
        assertThat(page.locator(".missing")).containsText("Chinese, Russian");
    }

    @Test
    void theSecretariatApprovesAnApplication() {
        long alliance = alliance("Yangtze Workshop");
        TestUser editor = newUser("applicant");
        long org = newOrganization(
                editor,
                "VOCATIONAL_COLLEGE",
                "VN",
                Map.of("en", "Hanoi College of Technology", "vi", "Trường Cao đẳng Công nghệ Hà Nội"));
        api().token(editor.token())
                .post(
                        "/api/v1/alliances/" + alliance + "/memberships",
                        Map.of("organizationId", org, "note", "We train mechatronics technicians"));
        TestUser secretariat = newUserWith("secretary", Role.ALLIANCE_SECRETARIAT, alliance);

        signIn(secretariat.username(), secretariat.password());
        page.navigate("/alliances/" + alliance);
        var application =
                page.locator("li.application", new Page.LocatorOptions().setHasText("Hanoi College of Technology"));
        assertThat(application).containsText("Applied");
        assertThat(application).containsText("We train mechatronics technicians");
        application.getByLabel("Decision").selectOption("APPROVED");
        application
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Decide"))
                .click();

        assertThat(page.locator(".notice")).hasText("The decision was recorded.");
        assertThat(page.locator("section.country-group", new Page.LocatorOptions().setHasText("Vietnam")))
                .containsText("Hanoi College of Technology");
    }

    @Test
    void recordingAnAgreementAndSigningItChangesTheAllianceDashboard() {
        TestUser editor = newUser("browser-coop");
        long mine = newOrganization(editor, "VOCATIONAL_COLLEGE", "CN", Map.of("en", "Browser Coop College"));
        TestUser other = newUser("browser-partner");
        long partner = newOrganization(other, "UNIVERSITY", "LA", Map.of("en", "Browser Partner University"));
        long alliance = api().token(adminToken())
                .post("/api/v1/alliances", Map.of("name", Map.of("en", "Browser Dashboard Alliance")))
                .json()
                .get("id")
                .asLong();
        Api.Response joined = api().token(adminToken())
                .post(
                        "/api/v1/alliances/" + alliance + "/members",
                        Map.of("organizationId", mine, "role", "MEMBER", "joinedOn", "2020-01-01"));
        assertThat(joined.status()).isEqualTo(200);
        signIn(editor.username(), editor.password());
        page.navigate("/alliances/" + alliance + "/numbers");
        assertThat(page.locator("#total-agreements")).hasText("0");

        // the editor's own college is offered; the partner, edited by someone else, is found by name
        page.navigate("/agreements/new?alliance=" + alliance);
        assertThat(page.locator("#party-0 option[value='" + partner + "']")).hasCount(0);
        page.locator("#party-0").selectOption(String.valueOf(mine));
        page.locator("#party-search").fill("Browser Partner");
        assertThat(page.locator("#party-search-found")).containsText("added to the lists");
        page.locator("#party-1").selectOption(String.valueOf(partner));
        assertThat(page.locator("#party-0")).hasValue(String.valueOf(mine));
        page.locator("#title-1-text").fill("Browser joint training");
        page.locator("#types").selectOption("JOINT_TRAINING");
        page.locator("#startsOn").fill("2024-02-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator("#agreement-status")).hasText("draft");
        assertThat(page.locator("h1")).containsText("Browser joint training");

        page.locator("#move-status").selectOption("NEGOTIATING");
        page.locator("#move-effective").fill("2024-01-02");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move"))
                .click();
        assertThat(page.locator("#agreement-status")).hasText("negotiating");
        page.locator("#move-status").selectOption("SIGNED");
        page.locator("#move-signed").fill("2024-01-15");
        page.locator("#move-signatories").fill("Rector Li\nDirector Phommasack");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move"))
                .click();
        assertThat(page.locator("#agreement-status")).hasText("signed");
        // the editor proposes; the agreement counts once the alliance's secretariat accepts it
        assertThat(page.locator("#alliance-proposed")).containsText("waiting for the alliance secretariat");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept into the alliance")))
                .hasCount(0);
        String agreementPage = page.url();
        page.navigate("/alliances/" + alliance + "/numbers");
        assertThat(page.locator("#total-agreements")).hasText("0");

        context.clearCookies();
        signIn("admin", ADMIN_PASSWORD);
        // the proposal with its decision fits a phone in Chinese and Russian
        page.setViewportSize(390, 844);
        for (String language : List.of("zh", "ru")) {
            page.navigate(agreementPage + "?lang=" + language);
            assertThat(page.locator("#alliance-proposed")).isVisible();
            assertThat(page.evaluate("document.scrollingElement.scrollWidth > window.innerWidth + 1"))
                    .isEqualTo(false);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(java.nio.file.Paths.get("target/screenshots/agreement-proposed-" + language + "-390.png"))
                    .setFullPage(true));
        }
        page.setViewportSize(1366, 900);
        page.navigate(agreementPage + "?lang=en");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Paths.get("target/screenshots/agreement-proposed-en-1366.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept into the alliance"))
                .click();
        assertThat(page.locator("#alliance-proposed")).hasCount(0);
        page.navigate("/alliances/" + alliance + "/numbers");
        assertThat(page.locator("#total-agreements")).hasText("1");
        assertThat(page.locator("#agreements-by-status")).containsText("signed");
        // agreements by year and the reported figures by year
        assertThat(page.locator(".chart[data-chart=bars] canvas")).hasCount(2);
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aPartyReportsAYearInTwoLanguagesCorrectsItAndRecordsAnOutput() {
        TestUser editor = newUser("browser-report");
        long mine = newOrganization(editor, "VOCATIONAL_COLLEGE", "CN", Map.of("en", "Browser Report College"));
        TestUser other = newUser("browser-report-partner");
        long partner = newOrganization(other, "UNIVERSITY", "TH", Map.of("en", "Browser Report University"));
        long id = api().token(editor.token())
                .post(
                        "/api/v1/agreements",
                        Map.of(
                                "title", Map.of("en", "Browser reported training"),
                                "parties",
                                        List.of(
                                                Map.of("organizationId", mine, "role", "LEAD"),
                                                Map.of("organizationId", partner, "role", "PARTNER")),
                                "types", List.of("TRAINING_BASE")))
                .json()
                .get("id")
                .asLong();
        for (Map<String, Object> move : List.of(
                Map.<String, Object>of("status", "NEGOTIATING", "effectiveOn", "2024-01-02"),
                Map.<String, Object>of(
                        "status",
                        "SIGNED",
                        "signing",
                        Map.of("signedOn", "2024-01-15", "signatories", "Rector Wang")))) {
            assertThat(api().token(editor.token())
                            .post("/api/v1/agreements/" + id + "/transitions", move)
                            .status())
                    .isEqualTo(200);
        }
        signIn(editor.username(), editor.password());
        page.navigate("/agreements/" + id);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2024: report"))
                .click();
        page.locator("#studentsEnrolled").fill("25");
        page.locator("#graduates").fill("-1");
        page.locator("#narrative-0-text").fill("首届学生入学");
        page.locator("#narrative-1-text").fill("The first students enrolled");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the report"))
                .click();
        assertThat(page.locator(".error-summary")).isVisible();
        assertThat(page.locator("#narrative-0-text")).hasValue("首届学生入学");
        assertThat(api().get("/api/v1/agreements/" + id + "/reports").json()).isEmpty();

        page.locator("#graduates").fill("0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the report"))
                .click();
        assertThat(page.locator("#reports table")).containsText("25");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2024: correct the report"))
                .click();
        assertThat(page.locator("#studentsEnrolled")).hasValue("25");
        page.locator("#studentsEnrolled").fill("30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the report"))
                .click();
        assertThat(page.locator("#reports table")).containsText("30");
        JsonNode report =
                api().get("/api/v1/agreements/" + id + "/reports").json().get(0);
        assertThat(report.get("figures").get("studentsEnrolled").asInt()).isEqualTo(30);
        assertThat(report.get("narrative").get("zh").asText()).isEqualTo("首届学生入学");
        assertThat(report.get("narrative").get("en").asText()).isEqualTo("The first students enrolled");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record an output"))
                .click();
        page.locator("#kind").selectOption("COURSE_STANDARD");
        page.locator("#title-1-text").fill("Welding course standard");
        page.locator("#title-2-text").fill("Стандарт курса сварки");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator("#outputs")).containsText("Welding course standard");
        JsonNode output =
                api().get("/api/v1/agreements/" + id + "/outputs").json().get(0);
        assertThat(output.get("title").get("ru").asText()).isEqualTo("Стандарт курса сварки");
        assertThat(axeProblems(page.url())).isEmpty();
    }

    @Test
    void aMemberSharesAResourceTheSecretariatPublishesItAndAnyoneFindsIt() {
        long alliance = api().token(adminToken())
                .post("/api/v1/alliances", Map.of("name", Map.of("en", "Browser Library Alliance")))
                .json()
                .get("id")
                .asLong();
        TestUser secretariat = newUserWith("browser-lib-sec", Role.ALLIANCE_SECRETARIAT, alliance);
        TestUser member = newUser("browser-lib-member");
        long college = newOrganization(member, "VOCATIONAL_COLLEGE", "TH", Map.of("en", "Browser Library College"));
        api().token(secretariat.token())
                .post(
                        "/api/v1/alliances/" + alliance + "/members",
                        Map.of("organizationId", college, "role", "MEMBER", "joinedOn", "2024-01-01"));

        signIn(member.username(), member.password());
        page.navigate("/library");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Share a resource"))
                .click();
        page.locator("#kind").selectOption("COURSE");
        page.locator("#title-1-text").fill("Rubber tapping and latex processing course");
        page.locator("#title-0-text").fill("橡胶割胶与胶乳加工课程");
        page.locator("#language").fill("en");
        page.locator("#allianceId").selectOption(String.valueOf(alliance));
        // long choices are boxes to tick under their group, found by typing part of a name
        assertThat(consoleErrors).isEmpty();
        assertThat(page.locator("#countries")).isHidden();
        page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Countries it applies to"))
                .fill("thai");
        assertThat(page.locator("#countries-search-choices .picker-item:visible"))
                .hasText(new String[] {"Thailand"});
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Thailand"))
                .check();
        page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Fields of education (ISCED-F 2013)"))
                .fill("crop");
        assertThat(page.locator("#fields-search-choices .picker-group:visible .picker-heading"))
                .hasText(new String[] {"08 Agriculture, forestry, fisheries and veterinary"});
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("0811 Crop and livestock production"))
                .check();
        assertThat(page.locator("#fields-search + .picker-list + .picker-status"))
                .hasText("1 chosen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review"))
                .click();
        assertThat(page.locator("#resource-status")).hasText("Submitted, waiting for review");
        assertThat(page.locator("main")).containsText("Crop and livestock production");
        assertThat(page.locator("main")).containsText("Thailand");
        String resourcePage = page.url().replaceAll("\\?.*", "");
        page.locator("#version-file")
                .setInputFiles(new FilePayload(
                        "course.pdf", "application/pdf", org.vocbridge.testing.TestPdf.of("rubber tapping")));
        page.locator("#version-note").fill("First edition");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload"))
                .click();
        assertThat(page.locator("#versions table")).containsText("course.pdf");
        // the course implements a published course standard, found by words of its title
        long standard = api().get("/api/v1/resources?kind=COURSE_STANDARD&q=" + Api.encode("hydropower"))
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        page.locator("#relation-search").fill("hydropower");
        assertThat(page.locator("#relation-search-found")).containsText("offered below");
        page.locator("#relation-to").selectOption(String.valueOf(standard));
        page.locator("#relation-type").selectOption("IMPLEMENTS");
        page.locator("#relations button[type=submit]").click();
        assertThat(page.locator("#relations ul.records")).containsText("Hydropower station operation");
        List<String> problems = axeProblems(page.url());
        problems.addAll(axeProblems("/library/new"));

        context.clearCookies();
        signIn(secretariat.username(), secretariat.password());
        page.navigate("/library");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Under review"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rubber tapping and latex processing course"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish"))
                .click();
        assertThat(page.locator(".notice")).containsText("The review was saved.");
        assertThat(page.locator("#resource-status")).hasCount(0);

        context.clearCookies();
        page.navigate("/library");
        page.locator("#kind").selectOption("COURSE");
        page.locator("#country").selectOption("TH");
        assertThat(page.locator("#results")).containsText("Rubber tapping and latex processing course");
        page.getByLabel("Search everything").fill("割胶");
        page.getByLabel("Search everything").press("Enter");
        assertThat(page.locator("ol.hits")).containsText("Rubber tapping and latex processing course");
        page.navigate(resourcePage);
        assertThat(page.locator("#resource-kind")).hasText("course");
        problems.addAll(axeProblems(resourcePage));
        problems.addAll(axeProblems("/library"));
        assertThat(problems).isEmpty();
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aStewardFixesABadUploadAnotherApprovesAndTheChartShowsTheValues() {
        String admin = adminToken();
        String code = newIndicator(admin, List.of("sex"));
        TestUser first = steward(admin, "TH");
        TestUser second = steward(admin, "TH");
        String indicatorPage = "/observatory/indicators/" + code + "?group=asean&year=2023";

        signIn(first.username(), first.password());
        page.navigate("/observatory");
        // the steward's own countries, above every country's profile
        page.locator("#workspaces")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Thailand"))
                .click();
        page.locator("#upload-file")
                .setInputFiles(new FilePayload(
                        "values.csv",
                        "text/csv",
                        ObservatoryIT.csv(
                                "indicator,country,year,value,sex",
                                code + ",TH,2023,5000000,",
                                code + ",TH,2023,2100,F")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload"))
                .click();
        assertThat(page.locator("#upload-problems")).containsText("outside the valid range");
        assertThat(page.locator("#upload-problems")).containsText("nothing was stored");
        assertThat(page.locator("#open-release")).containsText("No values are waiting");
        page.locator("#upload-file")
                .setInputFiles(new FilePayload(
                        "values.csv",
                        "text/csv",
                        ObservatoryIT.csv(
                                "indicator,country,year,value,sex",
                                code + ",TH,2023,4000,",
                                code + ",TH,2023,2100,F")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload"))
                .click();
        assertThat(page.locator("#upload-report")).containsText("2 values entered into the release");
        List<String> problems = axeProblems(page.url());
        page.locator("#changeNote").fill("2023 enrolment");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval"))
                .click();
        assertThat(page.locator("#release-status")).hasText("Submitted: waiting for approval");
        String releasePage = page.url().replaceAll("\\?.*", "");
        page.navigate(indicatorPage);
        assertThat(page.locator("#no-data")).isVisible();

        context.clearCookies();
        signIn(second.username(), second.password());
        page.navigate(releasePage);
        assertThat(page.locator("#release-values")).containsText("4000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish"))
                .click();
        assertThat(page.locator(".notice")).containsText("The release is approved and published.");

        page.navigate(indicatorPage);
        assertThat(page.locator("#chart-bar canvas")).isVisible();
        assertThat(page.locator("#chart-bar"))
                .hasAttribute("data-values", java.util.regex.Pattern.compile("Thailand.*4000"));
        assertThat(page.locator("#table")).containsText("4,000");

        // a correction: the first steward changes the total in the form, the second approves it
        context.clearCookies();
        signIn(first.username(), first.password());
        page.navigate("/observatory/countries/TH/values?indicator=" + code + "&year=2023");
        page.locator("#rows0\\.value").fill("4100");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save into the release"))
                .click();
        assertThat(page.locator(".notice")).containsText("The values are saved into the release.");
        page.locator("#changeNote").fill("2023 total corrected");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval"))
                .click();
        long correction = Long.parseLong(page.url().replaceAll(".*/releases/(\\d+).*", "$1"));
        JsonNode submitted = api().token(first.token())
                .get("/api/v1/observatory/releases/" + correction)
                .json();
        assertThat(api().token(second.token())
                        .post(
                                "/api/v1/observatory/releases/" + correction + "/approve",
                                Map.of(
                                        "version",
                                        submitted.get("release").get("version").asLong()))
                        .status())
                .isEqualTo(200);
        page.navigate(indicatorPage);
        assertThat(page.locator("#chart-bar"))
                .hasAttribute("data-values", java.util.regex.Pattern.compile("Thailand.*4100"));
        problems.addAll(axeProblems(indicatorPage));
        problems.addAll(axeProblems("/observatory/countries/TH/values?indicator=" + code + "&year=2022"));
        problems.addAll(axeProblems("/observatory"));
        assertThat(problems).isEmpty();
        assertThat(consoleErrors).isEmpty();
    }

    List<String> axeProblems(String path) {
        page.navigate(path);
        List<String> problems = new ArrayList<>();
        for (Rule violation : new AxeBuilder(page).analyze().getViolations()) {
            if (List.of("moderate", "serious", "critical").contains(violation.getImpact())) {
                problems.add(path + ": " + violation.getId() + " ("
                        + violation.getNodes().size() + ") " + violation.getHelp());
            }
        }
        return problems;
    }

    @Test
    void chartsDrawUnderTheContentSecurityPolicyAndPagesFitAPhone() {
        page.setViewportSize(375, 740);
        page.navigate("/alliances");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Yangtze Workshop"))
                .click();
        assertThat(page.locator(".chart canvas").first()).isVisible();
        Object overflow = page.evaluate("document.scrollingElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).isEqualTo(false);
        assertThat(consoleErrors).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused"));
    }

    @Test
    void surveyResultsDrawABarForEachAnswerAndOfferEachTableOnAPhoneInChineseAndRussianAndOnADesktop() {
        for (String[] view : List.of(
                new String[] {"zh", "390", "844", "下载此表（CSV）", "关于您的答卷"},
                new String[] {"ru", "390", "844", "Скачать эту таблицу (CSV)", "О ваших ответах"},
                new String[] {"en", "1366", "900", "Download this table (CSV)", "About your answers"})) {
            String language = view[0];
            page.setViewportSize(Integer.parseInt(view[1]), Integer.parseInt(view[2]));
            page.navigate("/surveys/sco_youth_2026/results?lang=" + language);
            assertThat(page.locator(".result").first()).isVisible();
            assertThat(page.locator(".result .chart canvas").first()).isVisible();
            // a chart for each question
            assertThat(page.locator(".result .chart"))
                    .hasCount(page.locator(".result").count());
            @SuppressWarnings("unchecked")
            List<Number> widths =
                    (List<Number>) page.evaluate("Array.from(document.querySelectorAll('.result svg.share'))"
                            + ".map(function (bar) { return bar.getBoundingClientRect().width; })");
            assertThat(widths).as("a bar beside each answer's share").isNotEmpty();
            assertThat(widths)
                    .allSatisfy(width -> assertThat(width.doubleValue()).isGreaterThanOrEqualTo(100));
            assertThat(page.locator(".result a[href*='question=']").count())
                    .as("each question's table to download")
                    .isEqualTo(page.locator(".result").count());
            assertThat(page.locator(".result a[href*='question=']").first()).hasText(view[3]);
            Object overflow = page.evaluate("document.scrollingElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).as(language).isEqualTo(false);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(java.nio.file.Paths.get(
                            "target/screenshots/survey-results-" + language + "-" + view[1] + ".png"))
                    .setFullPage(true));

            // the survey's own page is the public's way in
            page.navigate("/surveys/sco_youth_2026?lang=" + language);
            assertThat(page.locator(".privacy")).containsText(view[4]);
            overflow = page.evaluate("document.scrollingElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).as(language).isEqualTo(false);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(java.nio.file.Paths.get("target/screenshots/survey-" + language + "-" + view[1] + ".png"))
                    .setFullPage(false));
        }
        page.navigate("/surveys/sco_youth_2026?lang=zh");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("参与调查"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/s/[A-Za-z0-9]+.*"));
    }

    @Test
    void aMistypedAgeInTheSurveySettingsIsSaidBesideItsFieldOnAPhoneInRussian() {
        signIn("admin", ADMIN_PASSWORD);
        page.setViewportSize(390, 844);
        page.navigate("/surveys/sco_youth_2026?lang=ru");
        page.locator("#adultAge").fill("восемнадцать");
        page.locator("#settings button[type=submit]").click();

        assertThat(page.locator("#adultAge-error")).hasText("Введите целое число.");
        assertThat(page.locator("#adultAge")).hasValue("восемнадцать");
        var input = page.locator("#adultAge").boundingBox();
        var error = page.locator("#adultAge-error").boundingBox();
        org.assertj.core.api.Assertions.assertThat(error.y)
                .as("the error is just below its field")
                .isBetween(input.y + input.height - 1, input.y + input.height + 40);
        Object overflow = page.evaluate("document.scrollingElement.scrollWidth > window.innerWidth + 1");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(Path.of("target/screenshots/survey-settings-ru-390.png")));
    }

    @Test
    void theAccountPageListsWhereOneIsSignedInAndFitsAPhoneInChinese() {
        TestUser user = newUser("phone");
        signIn(user.username(), user.password());
        page.setViewportSize(360, 740);
        page.navigate("/account?lang=zh");
        assertThat(page.locator("h2")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("您已登录的会话")))
                .isVisible();
        assertThat(page.locator(".table-scroll").first().locator("tbody tr")).hasCount(1);
        assertThat(page.locator(".table-scroll").first()).containsText("当前浏览器");
        Object overflow = page.evaluate("document.scrollingElement.scrollWidth > window.innerWidth + 1");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(Path.of("target/screenshots/account-zh-360.png")));
    }

    /** The demo youth survey's public link. */
    String youthSurveyLink() {
        for (JsonNode link : api().token(adminToken())
                .get("/api/v1/surveys/sco_youth_2026/links")
                .json()) {
            if (link.get("channel").asText().equals("public")) {
                return "/s/" + link.get("token").asText();
            }
        }
        throw new AssertionError("the demo survey has no public link");
    }

    @Test
    void aTeenagerAnswersTheYouthSurveyInChineseOnAPhoneThroughItsSkipLogic() {
        page.setViewportSize(375, 740);
        String link = youthSurveyLink();
        page.navigate(link + "?lang=zh");
        page.getByLabel("中文").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始"))
                .click();
        Locator guardian = page.getByLabel("我的父母或监护人已阅读并同意。");
        // the guardian's consent is asked of minors only
        page.getByLabel("您的年龄（岁）").fill("30");
        assertThat(guardian).isHidden();
        page.getByLabel("您的年龄（岁）").fill("16");
        assertThat(guardian).isVisible();
        page.getByLabel("我已阅读以上内容并同意参加。").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下一页"))
                .click();
        assertThat(page.locator(".error").first()).containsText("未满 18 岁的受访者须经父母或监护人同意");
        // what was given stays given
        assertThat(page.getByLabel("我已阅读以上内容并同意参加。")).isChecked();
        assertThat(page.getByLabel("您的年龄（岁）")).hasValue("16");
        Object ageWidth = page.getByLabel("您的年龄（岁）").evaluate("e => e.getBoundingClientRect().width");
        assertThat(((Number) ageWidth).doubleValue()).as("room for the age").isGreaterThanOrEqualTo(80);
        guardian.check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下一页"))
                .click();

        assertThat(page.locator("h1")).hasText("关于您");
        assertThat(page.locator(".progress")).containsText("第 1 页，共");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下一页"))
                .click();
        // a question unanswered is named by its words, never by the form's name for it
        assertThat(page.locator("#q-country .error")).containsText("您居住在哪个国家？");
        assertThat(page.locator(".respond-form")).not().containsText("\"country\"");
        @SuppressWarnings("unchecked")
        List<Map<String, Number>> choices = (List<Map<String, Number>>)
                page.evaluate("Array.from(document.querySelectorAll('.choice')).map(function (label) {"
                        + " var box = label.querySelector('input').getBoundingClientRect();"
                        + " var words = label.querySelector('span').getBoundingClientRect();"
                        + " return {width: box.width, height: box.height, gap: words.left - box.right}; })");
        assertThat(choices).isNotEmpty().allSatisfy(choice -> {
            // a target a thumb can hit (WCAG 2.2, 2.5.8), with its words beside it as a whole
            assertThat(choice.get("width").doubleValue()).isGreaterThanOrEqualTo(24);
            assertThat(choice.get("height").doubleValue()).isGreaterThanOrEqualTo(24);
            assertThat(choice.get("gap").doubleValue()).isGreaterThan(0);
        });
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Paths.get("target/screenshots/respond-zh-375.png"))
                .setFullPage(true));
        page.getByLabel("中国").check();
        page.getByLabel("女", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("职业院校学生").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下一页"))
                .click();

        assertThat(page.locator("h1")).hasText("您的学习");
        assertThat(page.getByText("您学习的专业领域是？")).hasCount(0);
        String studies = page.url();
        page.getByLabel("是").check();
        // the questions a "yes" asks appear in place, without "Next" and without an error
        assertThat(page.getByText("您学习的专业领域是？")).isVisible();
        assertThat(page.locator(".error-summary")).hasCount(0);
        assertThat(page.getByLabel("是")).isChecked();
        assertThat(page).hasURL(studies);
        // shown, not stored: the page opened again asks as before
        page.navigate(studies);
        assertThat(page.getByText("您学习的专业领域是？")).hasCount(0);
        page.getByLabel("是").check();
        assertThat(page.getByText("您学习的专业领域是？")).isVisible();
        page.getByLabel("信息技术").check();
        page.getByLabel("您就读于第几学年？").fill("9");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下一页"))
                .click();
        assertThat(page.locator("#q-vet_year .error")).hasText("请填写 1 到 6 之间的学年。");
        page.getByLabel("您就读于第几学年？").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下一页"))
                .click();

        assertThat(page.locator("h1")).hasText("技能与流动");
        page.getByLabel("数字技能").check();
        page.getByLabel("否").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下一页"))
                .click();
        assertThat(page.locator("h1")).hasText("创业");
        page.getByLabel("不感兴趣").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下一页"))
                .click();
        assertThat(page.locator("h1")).hasText("合作");
        Object overflow = page.evaluate("document.scrollingElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).isEqualTo(false);
        page.getByLabel("非常有帮助").check();
        assertThat(page.locator("textarea")).hasAttribute("name", "a.comments");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交答卷"))
                .click();
        assertThat(page.locator("h1")).hasText("感谢您的参与！");
        assertThat(page.locator(".receipt strong"))
                .hasText(java.util.regex.Pattern.compile("^[0-9A-F]{4}-[0-9A-F]{4}$"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("关于本调查及其结果"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/surveys/sco_youth_2026.*"));
        assertThat(consoleErrors).noneMatch(m -> m.contains("Refused") || m.contains("404"));
    }

    @Test
    void theYouthSurveyIsAnsweredWithoutJavaScript() {
        String link = youthSurveyLink();
        try (BrowserContext plain = browser.newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false)
                .setLocale("en-US")
                .setBaseURL(baseUrl()))) {
            Page noScript = plain.newPage();
            noScript.navigate(link + "?lang=en");
            noScript.getByLabel("English").check();
            noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"))
                    .click();
            noScript.getByLabel("Your age (years)").fill("22");
            noScript.getByLabel("I have read this and agree to take part.").check();
            noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                    .click();
            noScript.getByLabel("Kazakhstan").check();
            noScript.getByLabel("Male", new Page.GetByLabelOptions().setExact(true))
                    .check();
            noScript.getByLabel("Working").check();
            noScript.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Русский"))
                    .click();
            assertThat(noScript.locator("h1")).hasText("О вас");
            noScript.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                    .click();
            noScript.getByLabel("Kazakhstan").check();
            noScript.getByLabel("Male", new Page.GetByLabelOptions().setExact(true))
                    .check();
            noScript.getByLabel("Working").check();
            noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                    .click();
            noScript.getByLabel("No").check();
            noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                    .click();
            noScript.getByLabel("Foreign languages").check();
            noScript.getByLabel("Yes").check();
            noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                    .click();
            assertThat(noScript.getByText("Which country would you most like to go to?"))
                    .isVisible();
            assertThat(noScript.getByLabel("Kazakhstan")).hasCount(0);
            noScript.getByLabel("China").check();
            noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                    .click();
            noScript.getByLabel("I am planning one").check();
            noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                    .click();
            assertThat(noScript.getByText("In which sector?")).isVisible();
            noScript.getByLabel("Tourism and hospitality").check();
            noScript.getByLabel("Funding").check();
            noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                    .click();
            noScript.getByLabel("Useful", new Page.GetByLabelOptions().setExact(true))
                    .check();
            noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers"))
                    .click();
            assertThat(noScript.locator("h1")).hasText("Thank you!");
        }
    }

    /** How a badge or a key figure looks: its background, border radius and font size. */
    static final String LOOK = "e => { var style = getComputedStyle(e);"
            + " return [style.backgroundColor, style.borderTopLeftRadius, style.fontSize].join(' '); }";

    @Test
    void badgesNoticesAndKeyFiguresLookTheSameOnEveryPage() {
        page.setViewportSize(1366, 900);
        long yangtze = alliance("长江工坊");
        page.navigate("/agreements?lang=en&alliance=" + yangtze);
        Locator demo = page.locator("span.demo").first();
        Locator status = page.locator("span.status").first();
        assertThat(demo).hasText("demo");
        String demoLook = (String) demo.evaluate(LOOK);
        String statusLook = (String) status.evaluate(LOOK);
        // a badge: a filled, rounded label, the demo marker in its own colour
        assertThat(demoLook).doesNotContain("rgba(0, 0, 0, 0)").doesNotContain(" 0px ");
        assertThat(statusLook).doesNotContain("rgba(0, 0, 0, 0)").doesNotContain(" 0px ");
        assertThat(demoLook).isNotEqualTo(statusLook);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Paths.get("target/screenshots/agreements-en-1366.png")));
        page.navigate("/surveys?lang=en");
        assertThat((String) page.locator("span.demo").first().evaluate(LOOK)).isEqualTo(demoLook);
        page.navigate("/library?lang=en");
        assertThat((String) page.locator("span.demo").first().evaluate(LOOK)).isEqualTo(demoLook);

        // the alliance's key figures are tiles in a row, as on the home page
        page.navigate("/alliances/" + yangtze + "/numbers?lang=en");
        Locator tiles = page.locator(".totals > div");
        assertThat(tiles).hasCount(3);
        @SuppressWarnings("unchecked")
        List<Number> tops = (List<Number>) page.evaluate(
                "Array.from(document.querySelectorAll('.totals > div')).map(t => t.getBoundingClientRect().top)");
        assertThat(tops).allSatisfy(top -> assertThat(top.doubleValue())
                .isEqualTo(tops.get(0).doubleValue()));
        assertThat((String) tiles.first().evaluate(LOOK)).doesNotContain("rgba(0, 0, 0, 0)");
        Object figureSize =
                page.locator(".totals dd").first().evaluate("e => parseFloat(getComputedStyle(e).fontSize)");
        assertThat(((Number) figureSize).doubleValue()).isGreaterThanOrEqualTo(24);
        assertThat((String) page.locator("p.demo").evaluate(LOOK)).doesNotContain("rgba(0, 0, 0, 0)");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Paths.get("target/screenshots/numbers-en-1366.png")));
    }

    @Test
    void mainPagesHaveNoAccessibilityViolationsOnAPhoneOrADesktopInAnyLanguage() {
        long someOrganization = api().get("/api/v1/organizations?size=1")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        long yangtze = alliance("长江工坊");
        long someAgreement = api().get("/api/v1/agreements?alliance=" + yangtze)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        long someResource = api().get("/api/v1/resources?size=1")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            for (String language : List.of("zh", "en", "ru")) {
                for (String path : List.of(
                        "/",
                        "/organizations",
                        "/organizations/" + someOrganization,
                        "/alliances",
                        "/alliances/" + yangtze,
                        "/alliances/" + yangtze + "/numbers",
                        "/alliances/" + yangtze + "/annual-report?year=2024",
                        "/people",
                        "/agreements",
                        "/agreements/" + someAgreement,
                        "/library",
                        "/library/" + someResource,
                        "/observatory",
                        "/observatory/indicators/TVET.ENROL",
                        "/observatory/countries/TH",
                        "/surveys/sco_youth_2026",
                        "/search?q=" + Api.encode("职业教育"),
                        "/login")) {
                    problems.addAll(axeProblems(path + (path.contains("?") ? "&" : "?") + "lang=" + language).stream()
                            .map(p -> size[0] + " px " + p)
                            .toList());
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
