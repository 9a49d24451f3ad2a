package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

/** Pages over HTTP: htmx fragments, languages, security headers, and CSRF. */
class PagesIT extends IntegrationTest {

    @Test
    void listFiltersOfferEveryAllianceByItsNameInTheReadersLanguage() {
        for (String language : List.of("zh", "en", "ru")) {
            Map<String, String> expected = new java.util.HashMap<>();
            api().get("/api/v1/alliances?lang=" + language).json().forEach(a -> {
                JsonNode name = a.get("name").get(language);
                expected.put(a.get("id").asString(), name == null ? null : name.asString());
            });
            assertThat(expected).hasSizeGreaterThan(1);
            for (String page : List.of("/organizations", "/agreements", "/library")) {
                var offered = org.jsoup.Jsoup.parse(
                                api().get(page + "?lang=" + language).body())
                        .select("select[name=alliance] option[value~=\\d+]");
                assertThat(offered.eachAttr("value"))
                        .as(page + " in " + language)
                        .containsExactlyInAnyOrderElementsOf(expected.keySet());
                offered.stream().filter(o -> expected.get(o.val()) != null).forEach(o -> assertThat(o.text())
                        .isEqualTo(expected.get(o.val())));
            }
        }
    }

    @Test
    void everyPageDescribesItselfToSearchEnginesAndLinkPreviewsInTheReadersLanguage() {
        String alliances = api().get("/alliances?lang=ru").body();
        assertThat(alliances)
                .contains("<meta name=\"description\" content=\"Платформа, на которой колледжи")
                .contains("<meta property=\"og:title\" content=\"Альянсы\">")
                .contains("<meta property=\"og:locale\" content=\"ru\">");
        assertThat(api().get("/?lang=zh").body()).contains("<meta property=\"og:description\" content=\"上合组织与东盟");
    }

    @Test
    void theSiteAnswersAtItsRootForCrawlersAndBrowsers() {
        Api.Response robots = api().get("/robots.txt");
        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.header("Content-Type")).startsWith("text/plain");
        assertThat(robots.body()).contains("User-agent: *", "Disallow: /admin/", "Disallow: /s/");
        Api.Response icon = api().get("/favicon.ico");
        assertThat(icon.status()).isEqualTo(301);
        String drawn = icon.header("Location");
        assertThat(api().get(drawn).header("Content-Type")).startsWith("image/svg+xml");
        assertThat(api().get("/?lang=en").body())
                .contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"" + drawn + "\">");
    }

    @Test
    void theSitemapListsEveryPublicPageInEachLanguageAtThePublicAddress() throws Exception {
        assertThat(api().get("/robots.txt").body()).contains("Sitemap: " + PUBLIC_URL + "/sitemap.xml");
        TestUser editor = newUser("sitemap");
        long college = newOrganization(editor, "VOCATIONAL_COLLEGE", "LA", Map.of("en", "Sitemap College"));
        long company = newOrganization(editor, "ENTERPRISE", "CN", Map.of("en", "Sitemap Company"));
        String draft = created(
                editor.token(), "/api/v1/agreements", CooperationIT.draft("Sitemap draft", null, college, company));
        long signed = api().get("/api/v1/agreements?alliance=" + alliance("长江工坊"))
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();

        Api.Response index = api().get("/sitemap.xml");
        assertThat(index.status()).as(index.body()).isEqualTo(200);
        assertThat(index.header("Content-Type")).startsWith("application/xml");
        List<String> files = texts(index.body(), "loc");
        assertThat(files).contains(PUBLIC_URL + "/sitemaps/main/1.xml", PUBLIC_URL + "/sitemaps/organizations/1.xml");
        List<String> pages = new ArrayList<>();
        for (String file : files) {
            assertThat(file).startsWith(PUBLIC_URL);
            Api.Response sitemap = api().get(file.substring(PUBLIC_URL.length()));
            assertThat(sitemap.status()).as(file).isEqualTo(200);
            Document listed = xml(sitemap.body());
            NodeList urls = listed.getElementsByTagNameNS(SITEMAPS, "url");
            for (int i = 0; i < urls.getLength(); i++) {
                Element url = (Element) urls.item(i);
                String page =
                        url.getElementsByTagNameNS(SITEMAPS, "loc").item(0).getTextContent();
                pages.add(page);
                NodeList languages = url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
                assertThat(languages.getLength()).as(page).isEqualTo(3);
                assertThat(((Element) languages.item(1)).getAttribute("href")).isEqualTo(page + "?lang=en");
            }
        }
        assertThat(pages)
                .contains(
                        PUBLIC_URL + "/",
                        PUBLIC_URL + "/organizations/" + college,
                        PUBLIC_URL + "/agreements/" + signed,
                        PUBLIC_URL + "/surveys/sco_youth_2026",
                        PUBLIC_URL + "/observatory/countries/KZ")
                .doesNotContain(PUBLIC_URL + "/agreements/" + draft)
                .doesNotHaveDuplicates();
        // every kind of page listed opens
        pages.stream()
                .collect(java.util.stream.Collectors.groupingBy(page -> page.replaceAll("/[^/]+$", "")))
                .values()
                .forEach(kind -> assertThat(api().get(kind.get(0).substring(PUBLIC_URL.length()))
                                .status())
                        .as(kind.get(0))
                        .isEqualTo(200));
        assertThat(api().get("/sitemaps/nothing/1.xml").status()).isEqualTo(404);
        assertThat(api().get("/sitemaps/organizations/999.xml").status()).isEqualTo(404);
    }

    @Test
    void citationsTheApiAndLinkPreviewsNameTheConfiguredPublicAddress() {
        assertThat(api().get("/v3/api-docs")
                        .json()
                        .get("servers")
                        .get(0)
                        .get("url")
                        .asText())
                .isEqualTo(PUBLIC_URL);
        // a demo indicator with published values (other tests add indicators without any)
        String indicator = "TVET.ENROL";
        String indicatorPage =
                api().get("/observatory/indicators/" + indicator + "?lang=en").body();
        assertThat(indicatorPage).contains(PUBLIC_URL + "/observatory/indicators/" + indicator + "?");
        // beside each chart, the HTML to embed it elsewhere, to copy (shown as text, never run)
        Matcher embed = Pattern.compile("&lt;iframe src=&quot;" + Pattern.quote(PUBLIC_URL)
                        + "(/embed/observatory/[^/]+/lines\\?[^\\s]*?)&quot;")
                .matcher(indicatorPage);
        assertThat(embed.find()).as("an embed code for the chart over time").isTrue();
        String chart = embed.group(1).replace("&amp;amp;", "&");
        assertThat(api().get(chart).status()).as(chart).isEqualTo(200);
        assertThat(indicatorPage).doesNotContain("<iframe");
        assertThat(api().get("/alliances?lang=ru").body())
                .contains("<link rel=\"canonical\" href=\"" + PUBLIC_URL + "/alliances?lang=ru\">")
                .contains("<link rel=\"alternate\" hreflang=\"zh\" href=\"" + PUBLIC_URL + "/alliances?lang=zh\">");
        assertThat(api().get("/catalog.ttl").body()).contains("<" + PUBLIC_URL + "/");
    }

    @Test
    void longChoicesComeGroupedSoEachReaderFindsTheirOwn() {
        // the indicator's countries under their group's name, each once: ASEAN's ten under ASEAN
        org.jsoup.nodes.Document indicator = org.jsoup.Jsoup.parse(
                api().get("/observatory/indicators/TVET.ENROL?lang=ru").body());
        List<String> groups = indicator.select("select#country > optgroup").eachAttr("label");
        assertThat(groups)
                .containsExactlyInAnyOrder("Семья ШОС (члены, наблюдатели, партнёры)", "Государства — члены АСЕАН");
        assertThat(indicator
                        .select("select#country optgroup[label^=Государства] option")
                        .eachAttr("value"))
                .containsExactlyInAnyOrder("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN");
        List<String> countries = indicator.select("select#country option").eachAttr("value");
        JsonNode served =
                api().get("/api/v1/observatory/indicators/TVET.ENROL").json().get("countries");
        assertThat(countries).doesNotHaveDuplicates().hasSize(served.size());
        assertThat(indicator.select("select#country").hasAttr("data-picker")).isTrue();

        // ISCED-F fields under their broad field, in the reader's language, without and with a choice
        org.jsoup.nodes.Document library =
                org.jsoup.Jsoup.parse(api().get("/library?lang=en&field=0715").body());
        assertThat(library.select("select#field > optgroup").size()).isGreaterThan(10);
        assertThat(library.select("select#field optgroup option"))
                .allSatisfy(o ->
                        assertThat(o.parent().attr("label")).startsWith(o.val().substring(0, 2) + " "));
        assertThat(library.select("select#field optgroup[label^=07] option[value=0715]")
                        .hasAttr("selected"))
                .isTrue();
        assertThat(library.select("select#field option[selected]").eachAttr("value"))
                .containsExactly("0715");
    }

    @Test
    void everyPageShowingDemoDirectoryRecordsSaysSoAndNoOtherDoes() {
        JsonNode alliances = api().get("/api/v1/alliances").json();
        JsonNode demoAlliance = null;
        for (JsonNode a : alliances) {
            if (a.get("demo").asBoolean()) {
                demoAlliance = a;
            }
        }
        assertThat(demoAlliance).as("the demo alliances are marked as such").isNotNull();
        org.jsoup.nodes.Document home =
                org.jsoup.Jsoup.parse(api().get("/?lang=zh").body());
        assertThat(home.select("p.demo").text()).contains("本平台含有演示记录");
        assertThat(home.select("ul.cards span.demo").eachText()).contains("演示");
        org.jsoup.nodes.Document alliance = org.jsoup.Jsoup.parse(
                api().get("/alliances/" + demoAlliance.get("id").asLong() + "?lang=ru")
                        .body());
        assertThat(alliance.select("p.demo").text()).startsWith("Демонстрационная запись");
        long personId = -1;
        for (JsonNode p : api().get("/api/v1/people?size=100").json().get("items")) {
            if (p.get("demo").asBoolean()) {
                personId = p.get("id").asLong();
            }
        }
        assertThat(org.jsoup.Jsoup.parse(
                                api().get("/people/" + personId + "?lang=en").body())
                        .select("p.demo")
                        .text())
                .startsWith("Demo record: a person named in public news");
        // the demo alliance's members, which other tests' organizations never push off the first page
        assertThat(org.jsoup.Jsoup.parse(api().get("/organizations?lang=en&alliance="
                                        + demoAlliance.get("id").asLong())
                                .body())
                        .select("ol.records span.demo, ul.records span.demo"))
                .isNotEmpty();

        TestUser editor = newUser("not-demo");
        long mine = newOrganization(editor, "VOCATIONAL_COLLEGE", "KZ", Map.of("en", "Karaganda Real College"));
        assertThat(org.jsoup.Jsoup.parse(
                                api().get("/organizations/" + mine + "?lang=en").body())
                        .select("p.demo"))
                .isEmpty();
        assertThat(api().get("/api/v1/organizations/" + mine).json().get("demo").asBoolean())
                .isFalse();
    }

    @Test
    void everyChartOfAnAllianceAndItsNumbersCanBeEmbeddedElsewhere() {
        long alliance = api().get("/api/v1/alliances").json().get(0).get("id").asLong();
        for (String page : List.of("/alliances/" + alliance, "/alliances/" + alliance + "/numbers")) {
            org.jsoup.nodes.Document shown =
                    org.jsoup.Jsoup.parse(api().get(page + "?lang=ru").body());
            int charts = shown.select("figure .chart, figure .tile-map").size();
            List<String> codes = shown.select("figure details.embed textarea").eachText();
            assertThat(codes).as(page + ": an embed code beside each chart").hasSize(charts);
            for (String code : codes) {
                Matcher src = Pattern.compile(
                                "<iframe src=\"" + Pattern.quote(PUBLIC_URL) + "([^\"]+)\" title=\"([^\"]+)\"")
                        .matcher(code);
                assertThat(src.find()).as(code).isTrue();
                String path = src.group(1).replace("&amp;", "&");
                org.jsoup.nodes.Document embedded =
                        org.jsoup.Jsoup.parse(api().get(path + "?lang=ru").body());
                assertThat(embedded.select("figcaption strong").text()).as(path).isEqualTo(src.group(2));
                assertThat(embedded.select(".chart[data-values], .tile-map"))
                        .as(path)
                        .hasSize(1);
                assertThat(embedded.select("a[target=_top]").attr("href")).startsWith("/alliances/" + alliance);
            }
        }
        assertThat(api().get("/embed/alliances/" + alliance + "/numbers/nothing")
                        .status())
                .isEqualTo(404);
        assertThat(api().get("/embed/alliances/" + alliance + "/members/nothing")
                        .status())
                .isEqualTo(404);
    }

    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static Document xml(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
    }

    private static List<String> texts(String body, String element) throws Exception {
        NodeList found = xml(body).getElementsByTagNameNS(SITEMAPS, element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            texts.add(found.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void aboutContactAndPrivacyAreLinkedFromEveryPageInTheReadersLanguage() {
        String home = api().get("/?lang=ru").body();
        assertThat(home).contains("href=\"/about\"", "href=\"/contact\"", "href=\"/privacy\"");
        assertThat(api().get("/privacy?lang=zh").body()).contains("<h1>隐私</h1>", "id=\"surveys\"", "60 天", "父母或监护人同意");
        assertThat(api().get("/privacy?lang=en").body()).contains("parent&#39;s or guardian&#39;s consent");
        assertThat(api().get("/about?lang=ru").body()).contains("<h1>О VocBridge</h1>");
        // no address configured: the page says so rather than inventing one
        assertThat(api().get("/contact?lang=en").body())
                .contains("has not published an address yet")
                .doesNotContain("mailto:");
    }

    @Test
    void recordPagesSayWhereTheySitInTheReadersLanguage() {
        long yangtze = alliance("长江工坊");
        String numbers = api().get("/alliances/" + yangtze + "/numbers?lang=zh").body();
        Matcher crumbs = Pattern.compile("<nav class=\"breadcrumbs\" aria-label=\"页面路径\">(.*?)</nav>", Pattern.DOTALL)
                .matcher(numbers);
        assertThat(crumbs.find()).as(numbers).isTrue();
        assertThat(crumbs.group(1))
                .containsSubsequence(
                        "<a href=\"/\">首页</a>",
                        "<a href=\"/alliances\">联盟</a>",
                        "<a href=\"/alliances/" + yangtze + "\">长江工坊");
        long organization = api().get("/api/v1/organizations?size=1")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        assertThat(api().get("/organizations/" + organization + "?lang=ru").body())
                .contains("<a href=\"/organizations\">Организации</a>");
    }

    @Test
    void pagesOfAListAreCountedFromOneInTheirAddress() {
        String first = api().get("/organizations?lang=en").body();
        Matcher position = Pattern.compile("Page 1 of (\\d+)").matcher(first);
        assertThat(position.find()).as("the first page says so").isTrue();
        assertThat(first).contains("href=\"/organizations?lang=en&amp;page=2\" rel=\"next\"");
        assertThat(api().get("/organizations?lang=en&page=1").body()).contains("Page 1 of ");
        String second = api().get("/organizations?lang=en&page=2").body();
        assertThat(second)
                .contains("Page 2 of " + position.group(1))
                .contains("href=\"/organizations?lang=en&amp;page=1\" rel=\"prev\"");
        assertThat(api().get("/organizations?lang=en&page=0").body()).contains("Page 1 of ");
    }

    @Test
    void anHtmxRequestGetsOnlyTheResultsFragment() {
        Api.Response full = api().get("/organizations?country=LA");
        Api.Response fragment = api().header("HX-Request", "true").get("/organizations?country=LA");
        assertThat(full.body()).contains("<html", "id=\"results\"", "class=\"filters\"");
        assertThat(fragment.body()).doesNotContain("<html", "<form").contains("id=\"results\"");
        assertThat(fragment.body()).contains("Lao Railway Technical College");
        assertThat(fragment.body()).doesNotContain("Tianjin University");
    }

    @Test
    void pagesSpeakTheReadersLanguageAndRememberTheChoice() throws Exception {
        assertThat(api().language("zh-CN,zh;q=0.9").get("/").body())
                .contains("机构", "联盟")
                .contains("lang=\"zh\"");
        assertThat(api().language("ru-RU").get("/").body()).contains("Организации");
        assertThat(api().language("fr").get("/").body()).contains("Organizations");
        assertThat(api().language("ru").get("/agreements").body())
                .as("a page's title, then the platform's")
                .contains("<title>Соглашения · VocBridge</title>");
        assertThat(api().language("zh").get("/").body()).contains("<title>VocBridge 职教桥</title>");

        WebSession session = new WebSession(baseUrl());
        HttpResponse<String> switched = session.get("/organizations?lang=ru", "Accept-Language", "en");
        assertThat(switched.headers().allValues("Set-Cookie").toString()).contains("vocbridge-lang=ru");
        assertThat(session.get("/alliances", "Accept-Language", "en").body()).contains("Альянсы");
    }

    @Test
    void aMissingTranslationIsShownInAnotherLanguageAndSaidSo() {
        TestUser editor = newUser("editor");
        long id = newOrganization(editor, "OTHER", "MN", Map.of("en", "Ulaanbaatar Skills Hub"));
        String page = api().language("zh").get("/organizations/" + id).body();
        assertThat(page).contains("Ulaanbaatar Skills Hub", "（英语）", "缺少的语言：中文, 俄语");
    }

    @Test
    void everyPageCarriesSecurityHeaders() {
        Api.Response page = api().get("/organizations");
        assertThat(page.header("Content-Security-Policy"))
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=\"");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        TestUser user = newUser("csrf");
        WebSession session = new WebSession(baseUrl());
        assertThat(session.signIn(user.username(), user.password()).statusCode())
                .isEqualTo(302);
        HttpResponse<String> forged = session.post(
                "/organizations",
                Map.of("kind", "OTHER", "country", "CN", "name[0].lang", "en", "name[0].text", "Forged"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(api().get("/api/v1/organizations?q=Forged")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void aFormWithErrorsSaysWhyAndSavesNothingThenSaves() throws Exception {
        TestUser user = newUser("former");
        WebSession session = new WebSession(baseUrl());
        session.signIn(user.username(), user.password());
        String token = session.csrf("/organizations/new");
        HttpResponse<String> invalid = session.post(
                "/organizations",
                Map.of(
                        "_csrf",
                        token,
                        "kind",
                        "VOCATIONAL_COLLEGE",
                        "country",
                        "",
                        "name[0].lang",
                        "xx yy",
                        "name[0].text",
                        "Khujand Polytechnic"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("Nothing was saved", "Required.", "is not a language tag");
        assertThat(invalid.body()).contains("value=\"Khujand Polytechnic\"");
        assertThat(api().get("/api/v1/organizations?q=Khujand")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();

        HttpResponse<String> saved = session.post(
                "/organizations",
                Map.of(
                        "_csrf",
                        token,
                        "kind",
                        "VOCATIONAL_COLLEGE",
                        "country",
                        "TJ",
                        "name[0].lang",
                        "en",
                        "name[0].text",
                        "Khujand Polytechnic",
                        "name[1].lang",
                        "tg",
                        "name[1].text",
                        "Донишкадаи политехникии Хуҷанд"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).matches(".*/organizations/\\d+\\?saved");
        assertThat(api().get("/api/v1/organizations?q=Khujand")
                        .json()
                        .get("items")
                        .get(0)
                        .get("name")
                        .get("tg")
                        .asText())
                .isEqualTo("Донишкадаи политехникии Хуҷанд");
    }

    @Test
    void theSecretariatAddsAMemberChangesItsRoleAndEditsTheAlliance() throws Exception {
        JsonNode alliance = null;
        for (JsonNode a : api().get("/api/v1/alliances").json()) {
            if ("SCO Youth Vocational Education Alliance"
                    .equals(a.path("name").path("en").asText())) {
                alliance = a;
            }
        }
        long id = alliance.get("id").asLong();
        TestUser secretariat = newUserWith("youth-secretariat", org.vocbridge.accounts.Role.ALLIANCE_SECRETARIAT, id);
        WebSession session = new WebSession(baseUrl());
        session.signIn(secretariat.username(), secretariat.password());

        String found = session.get("/alliances/" + id + "?candidate=" + Api.encode("天津职业技术师范大学"))
                .body();
        Matcher option = Pattern.compile("<option value=\"(\\d+)\">Tianjin University of Technology and Education")
                .matcher(found);
        assertThat(option.find()).as("the candidate is offered").isTrue();
        String token = session.csrf("/alliances/" + id);
        HttpResponse<String> added = session.post(
                "/alliances/" + id + "/members",
                Map.of("_csrf", token, "organizationId", option.group(1), "role", "MEMBER"));
        assertThat(added.statusCode()).isEqualTo(302);
        JsonNode membership = null;
        for (JsonNode m : api().get("/api/v1/alliances/" + id + "/memberships").json()) {
            if (m.get("organizationId").asText().equals(option.group(1))) {
                membership = m;
            }
        }
        assertThat(membership.get("status").asText()).isEqualTo("ACTIVE");

        session.post(
                "/alliances/" + id + "/memberships/" + membership.get("id").asLong() + "/role",
                Map.of("_csrf", token, "role", "OBSERVER"));
        assertThat(api().get("/api/v1/organizations/" + option.group(1) + "/memberships")
                        .body())
                .contains("\"OBSERVER\"");

        long version = alliance.get("version").asLong();
        Map<String, String> edit = Map.of(
                "_csrf",
                token,
                "version",
                String.valueOf(version),
                "name[0].lang",
                "zh",
                "name[0].text",
                "上海合作组织青年职业教育联盟",
                "name[1].lang",
                "en",
                "name[1].text",
                "SCO Youth Vocational Education Alliance",
                "name[2].lang",
                "kk",
                "name[2].text",
                "ШЫҰ жастарының кәсіптік білім беру альянсы",
                "foundedOn",
                "2021-06-01",
                "country",
                "CN");
        HttpResponse<String> saved = session.post("/alliances/" + id, edit);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(api().get("/api/v1/alliances/" + id)
                        .json()
                        .get("name")
                        .get("kk")
                        .asText())
                .startsWith("ШЫҰ");
        for (String language : new String[] {"en", "ru", "zh"}) {
            assertThat(session.get("/alliances/" + id + "/edit?lang=" + language)
                            .body())
                    .as("a date input holds its date as yyyy-MM-dd in %s, so saving the form again keeps it", language)
                    .contains("type=\"date\"")
                    .contains("value=\"2021-06-01\"");
        }
        session.get("/alliances?lang=en");
        HttpResponse<String> stale = session.post("/alliances/" + id, edit);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("Someone else changed this record");

        TestUser stranger = newUser("stranger");
        WebSession other = new WebSession(baseUrl());
        other.signIn(stranger.username(), stranger.password());
        assertThat(other.get("/alliances/" + id + "/edit").statusCode()).isEqualTo(403);
        assertThat(other.get("/alliances/" + id + "?candidate=Yadea").body()).doesNotContain("/members\"");
    }

    @Test
    void aUserChangesTheirPasswordOnlyWithTheCurrentOne() throws Exception {
        TestUser user = newUser("changer");
        WebSession session = new WebSession(baseUrl());
        session.signIn(user.username(), user.password());
        String token = session.csrf("/account");
        session.post(
                "/account/password",
                Map.of("_csrf", token, "currentPassword", "not-mine-at-all", "newPassword", "a-new-long-password"));
        assertThat(session.get("/account").body()).contains("This is not your current password.");
        session.post(
                "/account/password",
                Map.of("_csrf", token, "currentPassword", user.password(), "newPassword", "short"));
        assertThat(session.get("/account").body()).contains("At least 12 characters.");

        session.post(
                "/account/password",
                Map.of("_csrf", token, "currentPassword", user.password(), "newPassword", "a-new-long-password"));
        assertThat(new WebSession(baseUrl())
                        .signIn(user.username(), user.password())
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/login?error");
        assertThat(new WebSession(baseUrl())
                        .signIn(user.username(), "a-new-long-password")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .doesNotContain("error");
    }

    @Test
    void anAdminKeepsACountryGroupThroughItsForm() throws Exception {
        WebSession admin = new WebSession(baseUrl());
        admin.signIn("admin", ADMIN_PASSWORD);
        String token = admin.csrf("/admin/country-groups/new");
        Map<String, String> form = new java.util.HashMap<>();
        form.put("_csrf", token);
        form.put("code", "mekong");
        form.put("name[0].lang", "en");
        form.put("name[0].text", "Mekong countries");
        form.put("name[1].lang", "zh");
        form.put("name[1].text", "湄公河国家");
        form.put("members[0].country", "TH");
        form.put("members[0].from", "1995-04-05");
        form.put("members[1].country", "LA");
        form.put("members[1].from", "1995-04-05");
        form.put("members[2].country", "KH");
        form.put("members[2].from", "2020-01-01");
        form.put("members[2].to", "2019-01-01");
        HttpResponse<String> refused = admin.post("/admin/country-groups", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Nothing was saved", "The end date is before the start date.");
        assertThat(api().get("/api/v1/country-groups/mekong").status()).isEqualTo(404);

        form.put("members[2].to", "");
        HttpResponse<String> saved = admin.post("/admin/country-groups", form);
        assertThat(saved.statusCode()).isEqualTo(302);
        JsonNode group = api().get("/api/v1/country-groups/mekong").json();
        assertThat(group.get("currentMembers").toString()).contains("TH", "LA", "KH");
        assertThat(group.get("name").get("zh").asText()).isEqualTo("湄公河国家");
        assertThat(admin.get("/admin/country-groups/mekong").body()).contains("value=\"TH\" selected");

        TestUser user = newUser("not-admin");
        WebSession plain = new WebSession(baseUrl());
        plain.signIn(user.username(), user.password());
        assertThat(plain.get("/admin/country-groups/mekong").statusCode()).isEqualTo(403);
    }

    @Test
    void adminPagesAreForAdminsOnly() throws Exception {
        TestUser user = newUser("nonadmin");
        WebSession session = new WebSession(baseUrl());
        session.signIn(user.username(), user.password());
        assertThat(session.get("/admin/users").statusCode()).isEqualTo(403);
        WebSession admin = new WebSession(baseUrl());
        admin.signIn("admin", ADMIN_PASSWORD);
        HttpResponse<String> users = admin.get("/admin/users");
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains(user.username());
        TestUser editor = newUser("named");
        newOrganization(editor, "OTHER", "TJ", Map.of("en", "Dushanbe Named College"));
        assertThat(admin.get("/admin/users").body()).contains("Organization editor: Dushanbe Named College");
        assertThat(admin.get("/admin/audit").body()).contains("organization").contains("create");
    }
}
