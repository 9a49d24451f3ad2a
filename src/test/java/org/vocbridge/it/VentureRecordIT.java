package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vocbridge.testing.TestPdf;
import tools.jackson.databind.JsonNode;

/**
 * What a venture's record holds besides its profile: its team (a minor shown only with consent),
 * its needs (published for matching), its outcomes with evidence and verification, and the
 * freshness of each group of fields with the reminders and the admin's report.
 */
class VentureRecordIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private long newVenture(TestUser founder, String name, Long college) {
        Map<String, Object> v = VenturesIT.venture(name, null, null, null);
        if (college != null) {
            v.put("collegeId", college);
        }
        return Long.parseLong(created(founder.token(), "/api/v1/ventures", v));
    }

    @Test
    void aMinorInTheTeamIsShownOnlyWithConsentAndOnlyKeepersChangeTheTeam() {
        String mark = String.format(
                "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        TestUser founder = newUser("founder");
        TestUser stranger = newUser("stranger");
        long id = newVenture(founder, "Felt Yurt Studio " + mark, null);
        String team = "/api/v1/ventures/" + id + "/team";

        Map<String, Object> adult = Map.of("name", "Aida " + mark, "role", "FOUNDER");
        assertThat(api().token(stranger.token()).post(team, adult).status()).isEqualTo(403);
        assertThat(api().post(team, adult).status()).isEqualTo(401);
        created(founder.token(), team, adult);
        Map<String, Object> minor = new HashMap<>(Map.of("name", "Timur " + mark, "role", "MEMBER", "minor", true));
        long minorId = Long.parseLong(created(founder.token(), team, minor));

        JsonNode seenByPublic = api().get(team).json();
        assertThat(seenByPublic.get(0).get("name").asText()).isEqualTo("Aida " + mark);
        assertThat(seenByPublic.get(1).get("name").isNull()).isTrue();
        assertThat(seenByPublic.get(1).get("withheld").asBoolean()).isTrue();
        assertThat(seenByPublic.get(1).get("role").asText()).isEqualTo("MEMBER");
        assertThat(api().get("/ventures/" + id).body()).doesNotContain("Timur " + mark);
        assertThat(api().token(founder.token()).get(team).json().findValuesAsString("name"))
                .containsExactly("Aida " + mark, "Timur " + mark);

        // with a guardian's consent the name is shown
        long version = api().token(founder.token())
                .get(team)
                .json()
                .get(1)
                .get("version")
                .asLong();
        minor.put("consent", true);
        minor.put("version", version);
        Api.Response consented = api().token(founder.token()).put(team + "/" + minorId, minor);
        assertThat(consented.status()).as(consented.body()).isEqualTo(200);
        assertThat(api().get(team).json().findValuesAsString("name")).contains("Timur " + mark);

        // a person and a name at once, an unknown person, consent for an adult: refused, nothing stored
        Api.Response refused = api().token(founder.token())
                .language("ru")
                .post(team, Map.of("personId", 987_654_321L, "name", "Both", "role", "MEMBER", "consent", true));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("personId", "consent");
        assertThat(refused.json().get("errors").findValuesAsString("message"))
                .contains("Выберите человека из справочника или укажите имя — что-то одно.");
        assertThat(api().token(founder.token()).get(team).json()).hasSize(2);
        assertThat(api().token(stranger.token())
                        .send("DELETE", team + "/" + minorId, null, null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void needsArePublishedForMatchingWithTheirAmountsInACurrency() {
        String mark = String.format(
                "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        TestUser founder = newUser("founder");
        long id = newVenture(founder, "Pamir Solar Dryers " + mark, null);
        String needs = "/api/v1/ventures/" + id + "/needs";

        Map<String, Object> funding = Map.of(
                "kind",
                "FUNDING",
                "description",
                Map.of("en", "Seed money for a solar fruit dryer " + mark),
                "amount",
                250000,
                "currency",
                "kgs");
        Api.Response added = api().token(founder.token()).post(needs, funding);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("currency").asText()).isEqualTo("KGS");
        assertThat(added.json().get("status").asText()).isEqualTo("OPEN");
        long needId = added.json().get("id").asLong();

        assertThat(itemIds(api().get("/api/v1/ventures/needs?kind=FUNDING&size=100")
                        .json()))
                .contains(String.valueOf(needId));
        assertThat(itemIds(api().get("/api/v1/ventures?need=FUNDING&size=100").json()))
                .contains(String.valueOf(id));
        assertThat(itemIds(api().get("/api/v1/ventures?need=PREMISES&size=100").json()))
                .doesNotContain(String.valueOf(id));

        // once met it is no longer sought
        Map<String, Object> met = new HashMap<>(funding);
        met.put("status", "MET");
        met.put("version", added.json().get("version").asLong());
        assertThat(api().token(founder.token()).put(needs + "/" + needId, met).status())
                .isEqualTo(200);
        assertThat(itemIds(api().get("/api/v1/ventures/needs?kind=FUNDING&size=100")
                        .json()))
                .doesNotContain(String.valueOf(needId));
        assertThat(itemIds(api().get("/api/v1/ventures?need=FUNDING&size=100").json()))
                .doesNotContain(String.valueOf(id));

        // an unknown currency, a negative amount, an amount for mentoring: refused in Chinese
        Api.Response refused = api().token(founder.token())
                .language("zh")
                .post(
                        needs,
                        Map.of("kind", "MENTORING", "description", Map.of("en", "x"), "amount", -5, "currency", "XYZ"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("amount", "currency");
        assertThat(refused.json().get("errors").findValuesAsString("message"))
                .contains("未知币种“XYZ”：请填写 ISO 4217 代码，如 CNY、KZT 或 USD。");
        Api.Response tooPrecise = api().token(founder.token())
                .post(
                        needs,
                        Map.of("kind", "FUNDING", "description", Map.of("en", "x"), "amount", 10.5, "currency", "JPY"));
        assertThat(tooPrecise.status()).as("the yen has no minor unit").isEqualTo(400);
        assertThat(api().get(needs).json()).hasSize(1);
    }

    @Test
    void anOutcomeIsVerifiedByTheCollegeOrTheAllianceNeverByItsFounderAndAChangeTakesItBack() {
        String mark = String.format(
                "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        AllianceSetting s = allianceSetting("Outcome Alliance " + mark);
        TestUser founder = newUser("founder");
        long id = newVenture(founder, "Lotus Weaving Coop " + mark, s.college());
        String outcomes = "/api/v1/ventures/" + id + "/outcomes";

        Map<String, Object> jobs = new HashMap<>(Map.of("kind", "JOBS", "quantity", 7, "asOf", "2026-06-30"));
        Api.Response added = api().token(founder.token()).post(outcomes, jobs);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("verification").asText()).isEqualTo("SELF_REPORTED");
        long outcomeId = added.json().get("id").asLong();
        String outcome = outcomes + "/" + outcomeId;

        // evidence: a PDF checked by its content; what only claims to be one is refused
        byte[] pdf = TestPdf.of("Payroll " + mark);
        assertThat(api().token(founder.token())
                        .upload(outcome + "/evidence", "payroll.pdf", "application/pdf", "<script>".getBytes())
                        .status())
                .isEqualTo(400);
        Api.Response attached =
                api().token(founder.token()).upload(outcome + "/evidence", "payroll.pdf", "application/pdf", pdf);
        assertThat(attached.status()).as(attached.body()).isEqualTo(200);
        assertThat(attached.json().get("verification").asText()).isEqualTo("EVIDENCE_ATTACHED");
        assertThat(api().get(outcome + "/evidence").status())
                .as("evidence is not public")
                .isEqualTo(401);
        assertThat(api().token(s.outsider().token()).get(outcome + "/evidence").status())
                .isEqualTo(403);
        assertThat(api().token(s.secretariat().token())
                        .get(outcome + "/evidence")
                        .raw()
                        .body())
                .isEqualTo(pdf);

        // the founder cannot vouch for it; the alliance's secretariat can
        assertThat(api().token(founder.token())
                        .post(outcome + "/verification", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(api().token(s.outsider().token())
                        .post(outcome + "/verification", Map.of())
                        .status())
                .isEqualTo(403);
        Api.Response verified = api().token(s.secretariat().token()).post(outcome + "/verification", Map.of());
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("verification").asText()).isEqualTo("VERIFIED");
        assertThat(verified.json().get("verifiedFor").get("en").asText()).isEqualTo("Outcome Alliance " + mark);
        assertThat(verified.json().get("verifiedAt").isNull()).isFalse();
        assertThat(itemIds(
                        api().get("/api/v1/ventures?verifiedOnly=true&size=100").json()))
                .contains(String.valueOf(id));

        // the college's editor vouches as the college
        Map<String, Object> revenue =
                Map.of("kind", "REVENUE", "amount", 120000, "currency", "CNY", "asOf", "2025-12-31");
        String second = outcomes + "/" + created(founder.token(), outcomes, revenue);
        Api.Response byCollege = api().token(s.member().token()).post(second + "/verification", Map.of());
        assertThat(byCollege.json().get("verifiedFor").get("en").asText())
                .isEqualTo("Outcome Alliance " + mark + " College");

        // a changed figure is no longer verified
        jobs.put("quantity", 9);
        jobs.put("version", verified.json().get("version").asLong());
        Api.Response changed = api().token(founder.token()).put(outcome, jobs);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("verification").asText()).isEqualTo("EVIDENCE_ATTACHED");

        // a round needs its amount or the word that it is undisclosed; a date in the future is refused
        Api.Response refused = api().token(founder.token())
                .post(outcomes, Map.of("kind", "FUNDING_ROUND", "asOf", "2999-01-01", "quantity", 3));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("amount", "asOf", "quantity");
        assertThat(api().get(outcomes).json()).hasSize(2);
    }

    @Test
    void aStaleVentureIsBadgedRemindedToItsKeepersReportedToAdminsAndFreshAgainOnceConfirmed() throws Exception {
        String mark = String.format(
                "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        TestUser founder = newUser("founder");
        long id = newVenture(founder, "Ili Valley Honey " + mark, null);
        JsonNode fresh = api().get("/api/v1/ventures/" + id).json();
        assertThat(fresh.get("stale").asBoolean()).isFalse();
        assertThat(itemIds(api().get("/api/v1/ventures?freshOnly=true&size=100").json()))
                .contains(String.valueOf(id));

        // its team and stage were last confirmed seven months ago (the rule is six)
        jdbc.update(
                "update ventures_venture set team_confirmed_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(213))),
                id);

        JsonNode stale = api().get("/api/v1/ventures/" + id).json();
        assertThat(stale.get("stale").asBoolean()).isTrue();
        assertThat(stale.get("freshness").findValuesAsString("group")).contains("TEAM_AND_STAGE");
        assertThat(itemIds(api().get("/api/v1/ventures?freshOnly=true&size=100").json()))
                .doesNotContain(String.valueOf(id));
        org.jsoup.nodes.Document list = org.jsoup.Jsoup.parse(
                api().language("en").get("/ventures?country=KZ").body());
        assertThat(list.select("li:has(a[href=/ventures/" + id + "]) .badge.stale")
                        .text())
                .isEqualTo("Not confirmed lately");

        JsonNode reminders =
                api().token(founder.token()).get("/api/v1/ventures/reminders").json();
        assertThat(reminders.findValuesAsString("id")).contains(String.valueOf(id));
        assertThat(reminders.get(0).get("stale").findValuesAsString("group")).containsExactly("TEAM_AND_STAGE");
        WebSession web = new WebSession(baseUrl());
        web.signIn(founder.username(), founder.password());
        assertThat(web.get("/account?lang=en").body())
                .contains("Ili Valley Honey " + mark)
                .contains("Confirm or update its team and stage");
        assertThat(api().token(newUser("other").token())
                        .get("/api/v1/ventures/reminders")
                        .json())
                .isEmpty();

        assertThat(api().token(founder.token()).get("/api/v1/ventures/stale").status())
                .isEqualTo(403);
        List<String> reported = api().token(adminToken())
                .get("/api/v1/ventures/stale?size=100")
                .json()
                .get("items")
                .findValuesAsString("id");
        assertThat(reported).contains(String.valueOf(id));

        // confirming the group makes it fresh again
        assertThat(api().token(newUser("stranger").token())
                        .post("/api/v1/ventures/" + id + "/confirmations/TEAM_AND_STAGE", Map.of())
                        .status())
                .isEqualTo(403);
        Api.Response confirmed =
                api().token(founder.token()).post("/api/v1/ventures/" + id + "/confirmations/TEAM_AND_STAGE", Map.of());
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("stale").asBoolean()).isFalse();
        assertThat(api().token(founder.token())
                        .get("/api/v1/ventures/reminders")
                        .json()
                        .findValuesAsString("id"))
                .doesNotContain(String.valueOf(id));
        assertThat(api().token(founder.token())
                        .post("/api/v1/ventures/" + id + "/confirmations/EVERYTHING", Map.of())
                        .status())
                .isEqualTo(400);
    }

    @Test
    void anAdminMergesTwoRecordsOfOneVentureAndTheOldAddressLeadsToTheOneKept() throws Exception {
        String mark = String.format(
                "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        TestUser first = newUser("founder");
        TestUser second = newUser("founder");
        Map<String, Object> kept = VenturesIT.venture("Naryn Yak Wool " + mark, null, null, null);
        long into = Long.parseLong(created(first.token(), "/api/v1/ventures", kept));
        Map<String, Object> twin =
                VenturesIT.venture("Нарын Як Вул " + mark, null, "https://yak-" + mark + ".example.kg", null);
        twin.put(
                "name",
                Map.of("en", "Naryn Yak-Wool Company " + mark, "ru", "Нарын Як Вул " + mark, "zh", "纳伦牦牛毛 " + mark));
        twin.put("distinct", true);
        long merged = Long.parseLong(created(second.token(), "/api/v1/ventures", twin));
        String base = "/api/v1/ventures/" + merged;
        created(second.token(), base + "/team", Map.of("name", "Bakyt " + mark, "role", "FOUNDER"));
        created(second.token(), base + "/outcomes", Map.of("kind", "JOBS", "quantity", 4, "asOf", "2026-03-31"));
        Map<String, Object> innovation = VenturesIT.venture("Yak felt insoles " + mark, null, null, null);
        innovation.put("kind", "INNOVATION");
        innovation.put("parentId", merged);
        innovation.put("distinct", true);
        long inner = Long.parseLong(created(second.token(), "/api/v1/ventures", innovation));

        assertThat(api().get("/ventures/" + into).body()).doesNotContain("id=\"duplicates\"");
        WebSession admin = new WebSession(baseUrl());
        admin.signIn("admin", ADMIN_PASSWORD);
        org.jsoup.nodes.Document asAdmin =
                org.jsoup.Jsoup.parse(admin.get("/ventures/" + merged).body());
        assertThat(asAdmin.select("#duplicates a").eachAttr("href")).contains("/ventures/" + into);

        Map<String, Object> request = Map.of("into", into);
        assertThat(api().token(second.token()).post(base + "/merge", request).status())
                .isEqualTo(403);
        assertThat(api().token(adminToken())
                        .post(base + "/merge", Map.of("into", merged))
                        .status())
                .isEqualTo(400);
        Api.Response done = api().token(adminToken()).post(base + "/merge", request);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        JsonNode after = done.json();
        assertThat(after.get("name").get("zh").asText()).isEqualTo("纳伦牦牛毛 " + mark);
        assertThat(after.get("name").get("en").asText()).isEqualTo("Naryn Yak Wool " + mark);
        assertThat(after.get("alsoKnownAs").toString()).contains("Naryn Yak-Wool Company " + mark);
        assertThat(after.get("website").asText()).isEqualTo("https://yak-" + mark + ".example.kg");

        // its team, outcomes and innovations are the kept one's now; its addresses lead there
        assertThat(api().get("/api/v1/ventures/" + into + "/team").json().findValuesAsString("name"))
                .containsExactly("Bakyt " + mark);
        assertThat(api().get("/api/v1/ventures/" + into + "/outcomes").json()).hasSize(1);
        assertThat(api().get("/api/v1/ventures/" + inner).json().get("parentId").asLong())
                .isEqualTo(into);
        Api.Response moved = api().get(base);
        assertThat(moved.status()).isEqualTo(301);
        assertThat(moved.raw().headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/ventures/" + into);
        var page = api().get("/ventures/" + merged);
        assertThat(page.status()).isEqualTo(301);
        assertThat(page.raw().headers().firstValue("Location").orElseThrow()).endsWith("/ventures/" + into);
        // a name it went by finds the kept one as a duplicate
        assertThat(api().get("/api/v1/ventures/duplicates?name=" + Api.encode("ru:Нарын Як Вул " + mark))
                        .json()
                        .findValuesAsString("ventureId"))
                .containsExactly(String.valueOf(into));
        assertThat(api().token(adminToken())
                        .get("/api/v1/audit?recordType=venture&recordId=" + into)
                        .body())
                .contains("merge");
    }

    @Test
    void aVentureDrawsOnFieldsOccupationsAndAProgrammeAndShowsItsLogo() {
        String mark = String.format(
                "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        TestUser college = newUser("college");
        long collegeId =
                newOrganization(college, "VOCATIONAL_COLLEGE", "CN", Map.of("en", "Programme College " + mark));
        TestUser partner = newUser("partner");
        long partnerId = newOrganization(partner, "UNIVERSITY", "KZ", Map.of("en", "Programme University " + mark));
        long agreement = Long.parseLong(created(
                college.token(),
                "/api/v1/agreements",
                CooperationIT.draft("Welding 3+1 " + mark, null, collegeId, partnerId)));
        TestUser founder = newUser("founder");
        Map<String, Object> v = VenturesIT.venture("Weld Seam Robots " + mark, null, null, null);
        v.put("collegeId", collegeId);
        v.put("agreementId", agreement);
        v.put("fields", List.of("0715"));
        v.put("occupations", List.of("7212", "9999"));
        // a draft agreement is its parties' own, and a code no classification has is refused
        Api.Response refused = api().token(founder.token()).post("/api/v1/ventures", v);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("agreementId", "occupations");

        api().token(college.token())
                .post("/api/v1/agreements/" + agreement + "/transitions", CooperationIT.move("NEGOTIATING", null));
        assertThat(api().token(partner.token())
                        .post(
                                "/api/v1/agreements/" + agreement + "/transitions",
                                CooperationIT.move("SIGNED", CooperationIT.SIGNING))
                        .status())
                .isEqualTo(200);
        v.put("occupations", List.of("7212"));
        long id = Long.parseLong(created(founder.token(), "/api/v1/ventures", v));
        JsonNode saved = api().get("/api/v1/ventures/" + id).json();
        assertThat(saved.get("agreement").get("id").asLong()).isEqualTo(agreement);
        assertThat(saved.get("fields").toString()).isEqualTo("[\"0715\"]");
        assertThat(saved.get("occupations").toString()).isEqualTo("[\"7212\"]");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
                api().language("en").get("/ventures/" + id).body());
        assertThat(page.select("#venture-agreement").attr("href")).isEqualTo("/agreements/" + agreement);
        assertThat(page.select(".facts .tags li").eachText()).contains("7212 Welders and flamecutters");

        // a logo, checked by its content, served at an address that changes with it
        byte[] png = java.util.Base64.getDecoder()
                .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        String logo = "/api/v1/ventures/" + id + "/logo";
        assertThat(api().token(newUser("stranger").token())
                        .uploadPut(logo, "logo.png", "image/png", png)
                        .status())
                .isEqualTo(403);
        assertThat(api().token(founder.token())
                        .uploadPut(logo, "logo.png", "image/png", "<svg onload=alert(1)>".getBytes())
                        .status())
                .isEqualTo(400);
        Api.Response withLogo = api().token(founder.token()).uploadPut(logo, "logo.png", "image/png", png);
        assertThat(withLogo.status()).as(withLogo.body()).isEqualTo(200);
        String address = withLogo.json().get("logoUrl").asText();
        Api.Response served = api().get(address);
        assertThat(served.raw().body()).isEqualTo(png);
        assertThat(served.raw().headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("image/png");
        assertThat(org.jsoup.Jsoup.parse(api().get("/ventures/" + id).body())
                        .select("img.logo")
                        .attr("src"))
                .isEqualTo(address);
    }

    @Test
    void adminsKeepTheExchangeRatesOnAPageThatRefusesWhatIsNotARate() throws Exception {
        WebSession admin = new WebSession(baseUrl());
        admin.signIn("admin", ADMIN_PASSWORD);
        String csrf = admin.csrf("/ventures/rates?lang=en");
        var refused = admin.post(
                "/ventures/rates", Map.of("currency", "KGS", "onDate", "2026-11-30", "perUsd", "-3", "_csrf", csrf));
        assertThat(refused.statusCode()).isEqualTo(302);
        org.jsoup.nodes.Document after =
                org.jsoup.Jsoup.parse(admin.get("/ventures/rates?lang=en").body());
        assertThat(after.select(".error-summary").text()).isNotBlank().doesNotContain("error.");
        assertThat(after.select("#rates td").eachText()).doesNotContain("2026-11-30");

        admin.post(
                "/ventures/rates", Map.of("currency", "KGS", "onDate", "2026-11-30", "perUsd", "87.45", "_csrf", csrf));
        org.jsoup.nodes.Document saved =
                org.jsoup.Jsoup.parse(admin.get("/ventures/rates?lang=en").body());
        assertThat(saved.select("[role=status]").text()).isNotBlank();
        assertThat(saved.select("#rates tr").eachText()).contains("KGS 2026-11-30 87.45");
        assertThat(api().get("/api/v1/ventures/rates").json().toString()).contains("\"KGS\"");

        TestUser member = newUser("rates");
        WebSession signedIn = new WebSession(baseUrl());
        signedIn.signIn(member.username(), member.password());
        assertThat(signedIn.get("/ventures/rates").statusCode()).isEqualTo(403);
    }

    @Test
    void anAlliancesVenturesInNumbersAreInTheReadersCurrencyAtTheRatesAdminsKeep() {
        String mark = String.format(
                "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        AllianceSetting s = allianceSetting("Numbers Alliance " + mark);
        TestUser founder = newUser("founder");
        long first = newVenture(founder, "Oasis Solar Pumps " + mark, s.college());
        long second = newVenture(founder, "Caravan Fleet Repair " + mark, s.college());
        String one = "/api/v1/ventures/" + first + "/outcomes";
        String two = "/api/v1/ventures/" + second + "/outcomes";
        created(founder.token(), one, Map.of("kind", "JOBS", "quantity", 5, "asOf", "2025-06-30"));
        created(founder.token(), one, Map.of("kind", "JOBS", "quantity", 8, "asOf", "2026-06-30"));
        created(
                founder.token(),
                one,
                Map.of("kind", "FUNDING_ROUND", "amount", 100000, "currency", "CNY", "asOf", "2026-01-10"));
        created(
                founder.token(),
                one,
                Map.of("kind", "FUNDING_ROUND", "amount", 50000, "currency", "XAF", "asOf", "2026-02-10"));
        String jobs = created(founder.token(), two, Map.of("kind", "JOBS", "quantity", 3, "asOf", "2026-06-30"));
        assertThat(api().token(s.secretariat().token())
                        .post(two + "/" + jobs + "/verification", Map.of())
                        .status())
                .isEqualTo(200);
        created(
                founder.token(),
                two,
                Map.of("kind", "FUNDING_ROUND", "amount", 1000, "currency", "USD", "asOf", "2026-03-01"));
        created(founder.token(), two, Map.of("kind", "FUNDING_ROUND", "undisclosed", true, "asOf", "2026-04-01"));

        Map<String, Object> rate = Map.of("currency", "cny", "onDate", "2026-12-01", "perUsd", 7);
        assertThat(api().token(founder.token())
                        .put("/api/v1/ventures/rates", rate)
                        .status())
                .isEqualTo(403);
        assertThat(api().token(adminToken())
                        .put("/api/v1/ventures/rates", Map.of("currency", "CNY", "onDate", "2999-01-01", "perUsd", 7))
                        .status())
                .isEqualTo(400);
        assertThat(api().token(adminToken()).put("/api/v1/ventures/rates", rate).status())
                .isEqualTo(200);

        JsonNode inYuan = api().get("/api/v1/ventures/numbers?alliance=" + s.alliance() + "&currency=CNY")
                .json();
        assertThat(inYuan.get("ventures").asLong()).isEqualTo(2);
        assertThat(inYuan.get("jobs").asLong())
                .as("each venture's latest figure")
                .isEqualTo(11);
        assertThat(inYuan.get("verifiedJobs").asLong()).isEqualTo(3);
        assertThat(inYuan.get("funding").decimalValue()).isEqualByComparingTo("107000");
        assertThat(inYuan.get("ratesOn").asText()).isEqualTo("2026-12-01");
        assertThat(inYuan.get("fundingRounds").asLong()).isEqualTo(4);
        assertThat(inYuan.get("undisclosedRounds").asLong()).isEqualTo(1);
        assertThat(inYuan.get("notConverted").toString()).isEqualTo("[\"XAF\"]");
        JsonNode inDollars =
                api().get("/api/v1/ventures/numbers?college=" + s.college()).json();
        assertThat(inDollars.get("currency").asText()).isEqualTo("USD");
        assertThat(inDollars.get("funding").decimalValue()).isEqualByComparingTo("15285.71");

        Api.Response numbersPage =
                api().language("en").get("/ventures/numbers?alliance=" + s.alliance() + "&currency=CNY");
        assertThat(numbersPage.status()).isEqualTo(200);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(numbersPage.body());
        assertThat(page.select("#numbers-funding").text())
                .contains("CN¥107,000.00")
                .contains("2026-12-01");
        assertThat(page.select("#numbers-jobs").text()).isEqualTo("11 (3 of them verified)");
        assertThat(page.select("#not-converted").text()).contains("XAF");

        assertThat(api().get("/api/v1/ventures/numbers?currency=CNY").status()).isEqualTo(400);
        assertThat(api().get("/api/v1/ventures/numbers?currency=CNY").body()).contains("alliance");
        Api.Response noScope = api().language("en").get("/ventures/numbers");
        assertThat(noScope.status()).isEqualTo(400);
        assertThat(org.jsoup.Jsoup.parse(noScope.body())
                        .select(".error-summary")
                        .text())
                .isEqualTo("Choose an alliance or a college.");
        assertThat(api().get("/ventures/numbers?alliance=first").status()).isEqualTo(400);
        assertThat(api().get("/ventures/numbers?alliance=" + Long.MAX_VALUE).status())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/ventures/numbers?college=" + s.college() + "&currency=XYZ")
                        .status())
                .isEqualTo(400);
    }
}
