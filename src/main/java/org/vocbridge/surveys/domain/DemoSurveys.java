package org.vocbridge.surveys.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vocbridge.shared.DataLoads;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.surveys.Questionnaire;
import tools.jackson.databind.json.JsonMapper;

/**
 * Survey demo data: the "SCO Youth Vocational Education and Entrepreneurship Survey" promised at the
 * Kunming roundtable, in Chinese, English and Russian, with a consent page, a public link and links
 * for China, Russia and Kazakhstan, and made-up responses (marked as demo) that follow its skip
 * logic. Its results are published, so everyone sees them with small counts hidden.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "vocbridge.demo-data", havingValue = "true")
@RequiredArgsConstructor
class DemoSurveys implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);
    static final String LOAD_NAME = "surveys-demo-v1";
    static final CurrentUser OWNER = new CurrentUser(0L, "demo-data", true);

    private final DataLoads loads;
    private final JsonMapper json;
    private final Surveys surveys;
    private final Distribution distribution;
    private final Responses responses;
    private final ResponseData responseData;

    record DemoSurvey(
            Questionnaire questionnaire,
            Map<String, String> description,
            Map<String, String> consentText,
            Map<String, String> guardianText,
            List<String> countryLinks,
            int responses) {}

    @Override
    public void run(ApplicationArguments args) {
        if (loads.runOnce(LOAD_NAME, this::load)) {
            log.info("Loaded the survey demo data");
        }
    }

    private void load() {
        DemoSurvey demo;
        try (InputStream in = getClass().getResourceAsStream("/demo/surveys.json")) {
            demo = json.readValue(in, DemoSurvey.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Questionnaire q = demo.questionnaire();
        surveys.create(OWNER, q, true);
        distribution.configure(
                OWNER,
                q.formId(),
                new Distribution.Settings(
                        null,
                        null,
                        LocalizedText.of(demo.description()),
                        LocalizedText.of(demo.consentText()),
                        LocalizedText.of(demo.guardianText()),
                        18,
                        "country",
                        false,
                        5,
                        true));
        Map<String, String> linkOf = new LinkedHashMap<>();
        distribution.links(OWNER, q.formId()).stream()
                .filter(l -> l.channel().equals("public"))
                .forEach(l -> linkOf.put("public", l.token()));
        for (String country : demo.countryLinks()) {
            linkOf.put(
                    country,
                    distribution.addLink(OWNER, q.formId(), null, country, null).token());
        }
        Random random = new Random(2026);
        for (int i = 0; i < demo.responses(); i++) {
            Map<String, String> answers = answers(q, random);
            String country = answers.get("country");
            String link =
                    linkOf.containsKey(country) && random.nextInt(10) < 7 ? linkOf.get(country) : linkOf.get("public");
            String language = country.equals("CN")
                    ? "zh"
                    : List.of("RU", "KZ", "KG", "TJ", "BY", "UZ").contains(country) ? "ru" : "en";
            int age = 14 + random.nextInt(16);
            responses.submit(
                    q.formId(),
                    new Responses.Submission(
                            String.format("uuid:demo-%06d", i), language, link, null, age, true, true, answers));
        }
        responseData.markDemo(q.formId());
    }

    /** Made-up answers that follow the questionnaire's logic, leaning as a fixed table says. */
    private static Map<String, String> answers(Questionnaire q, Random random) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put(
                "country",
                pick(
                        random, "CN", "CN", "CN", "RU", "RU", "KZ", "KZ", "KG", "TJ", "UZ", "UZ", "IN", "IN", "PK",
                        "IR", "BY"));
        int gender = random.nextInt(100);
        a.put("gender", gender < 48 ? "female" : gender < 97 ? "male" : "other");
        a.put(
                "status",
                pick(
                        random,
                        "vet_student",
                        "vet_student",
                        "vet_student",
                        "other_student",
                        "working",
                        "looking",
                        "other"));
        boolean inVet = a.get("status").equals("vet_student") || random.nextInt(5) == 0;
        a.put("in_vet", inVet ? "yes" : "no");
        if (inVet) {
            a.put(
                    "vet_field",
                    pick(random, "manufacturing", "ict", "ict", "agriculture", "health", "services", "tourism"));
            a.put("vet_year", Integer.toString(1 + random.nextInt(4)));
        }
        List<String> skills = new ArrayList<>(List.of("digital", "languages", "entrepreneurship", "technical", "soft"));
        java.util.Collections.shuffle(skills, random);
        a.put("skills_wanted", String.join(" ", skills.subList(0, 1 + random.nextInt(3))));
        a.put("study_abroad", pick(random, "yes", "yes", "maybe", "no"));
        if (!a.get("study_abroad").equals("no")) {
            String to;
            do {
                to = pick(random, "CN", "CN", "RU", "RU", "KZ", "UZ", "IN", "BY");
            } while (to.equals(a.get("country")));
            a.put("abroad_country", to);
        }
        a.put(
                "business_interest",
                pick(random, "have_one", "planning", "planning", "interested", "interested", "not_interested"));
        String interest = a.get("business_interest");
        if (interest.equals("have_one") || interest.equals("planning")) {
            a.put(
                    "business_sector",
                    pick(random, "manufacturing", "ict", "agriculture", "services", "services", "tourism"));
        }
        if (!interest.equals("not_interested")) {
            // each barrier named by some, money most often, as in youth enterprise surveys
            a.put(
                    "barriers",
                    some(
                            random,
                            Map.of(
                                    "funding",
                                    0.62,
                                    "skills",
                                    0.35,
                                    "regulation",
                                    0.22,
                                    "mentoring",
                                    0.3,
                                    "market",
                                    0.27)));
        }
        a.put("support_useful", pick(random, "5", "5", "4", "4", "4", "3", "2", "1"));
        if (random.nextBoolean()) {
            a.put(
                    "platform_use",
                    some(random, Map.of("courses", 0.55, "jobs", 0.6, "competitions", 0.25, "exchange", 0.4)));
        }
        return a;
    }

    /** The choices each taken with its likelihood (in a fixed order), at least one of them. */
    private static String some(Random random, Map<String, Double> likelihoods) {
        List<String> choices =
                new java.util.TreeMap<>(likelihoods).keySet().stream().toList();
        List<String> taken = choices.stream()
                .filter(c -> random.nextDouble() < likelihoods.get(c))
                .toList();
        return taken.isEmpty() ? choices.get(random.nextInt(choices.size())) : String.join(" ", taken);
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
