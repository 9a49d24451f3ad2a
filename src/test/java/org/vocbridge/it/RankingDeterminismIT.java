package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The same postings give byte-identical explanations and rankings on H2 and on PostgreSQL. Each run
 * posts the same demands and offers (from a seeded random), writes every pair's explanation and each
 * ranking, the records named by their place in the set, to
 * {@code target/ranking-determinism/<database>.txt}; the PostgreSQL run, which follows the H2 run
 * in {@code ./mvnw verify}, compares its text with the H2 run's, byte for byte.
 */
class RankingDeterminismIT extends IntegrationTest {

    private static final Path FOLDER = Path.of("target", "ranking-determinism");

    @Test
    void theSamePostingsRankByteForByteTheSameOnEachDatabase() throws IOException {
        TestUser editor = newUser("determinism");
        long enterprise = newOrganization(editor, "ENTERPRISE", "TJ", Map.of("en", "Determinism Enterprise"));
        long college = newOrganization(editor, "VOCATIONAL_COLLEGE", "TJ", Map.of("en", "Determinism College"));
        Random random = new Random(2026_12_07);
        List<Long> offers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            offers.add(Long.parseLong(created(editor.token(), "/api/v1/matching/offers", offer(college, random))));
        }
        List<Long> demands = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            demands.add(
                    Long.parseLong(created(editor.token(), "/api/v1/matching/demands", demand(enterprise, random))));
        }
        Map<Long, Integer> place = new HashMap<>();
        for (int i = 0; i < offers.size(); i++) {
            place.put(offers.get(i), i);
        }

        StringBuilder text = new StringBuilder();
        for (int a = 0; a < demands.size(); a++) {
            for (int b = 0; b < offers.size(); b++) {
                JsonNode match = api().get("/api/v1/matching/demands/" + demands.get(a) + "/offers/" + offers.get(b))
                        .json()
                        .get("match");
                // ids and the version's name depend on what else each database holds; the weights stay
                ((ObjectNode) match).remove("demandId");
                ((ObjectNode) match).remove("offerId");
                ((ObjectNode) match).remove("algorithm");
                text.append(a).append(' ').append(b).append(' ').append(match).append('\n');
            }
            List<Integer> ranked = new ArrayList<>();
            api().get("/api/v1/matching/demands/" + demands.get(a) + "/matches?limit=100")
                    .json()
                    .forEach(r -> {
                        Integer b = place.get(r.get("offer").get("id").asLong());
                        if (b != null) {
                            ranked.add(b);
                        }
                    });
            assertThat(ranked).as("the set's offers among the best").isNotEmpty();
            text.append("ranking ").append(a).append(' ').append(ranked).append('\n');
        }
        String database = System.getProperty("vocbridge.test.database", "h2");
        Files.createDirectories(FOLDER);
        Files.writeString(FOLDER.resolve(database + ".txt"), text, StandardCharsets.UTF_8);
        if (database.equals("postgres")) {
            Path h2 = FOLDER.resolve("h2.txt");
            assertThat(h2)
                    .as("the H2 run of this build wrote its rankings first (./mvnw verify runs both)")
                    .exists();
            assertThat(text.toString()).isEqualTo(Files.readString(h2, StandardCharsets.UTF_8));
        }
    }

    private static Map<String, Object> offer(long college, Random random) {
        Map<String, Object> offer = MatchingIT.offer(
                college,
                List.of("9629", "9621", "9612", "9611").get(random.nextInt(4)),
                List.of(),
                List.of(Map.of(
                        "language", "tg", "level", List.of("A2", "B1", "B2").get(random.nextInt(3)))));
        @SuppressWarnings("unchecked")
        Map<String, Object> profile = (Map<String, Object>) offer.get("profile");
        profile.put("iscedField", List.of("0721", "0722", "0723").get(random.nextInt(3)));
        profile.put("iscedLevel", 3 + random.nextInt(3));
        profile.put("capacity", 5 + random.nextInt(40));
        profile.put("cohortStart", "2027-0" + (1 + random.nextInt(9)) + "-01");
        profile.put("cohortEnd", "2028-0" + (1 + random.nextInt(9)) + "-15");
        profile.put(
                "countries",
                List.of(List.of("TJ"), List.of("TJ", "UZ"), List.of()).get(random.nextInt(3)));
        return offer;
    }

    private static Map<String, Object> demand(long enterprise, Random random) {
        Map<String, Object> demand = MatchingIT.demand(enterprise);
        Map<String, Object> profile = new HashMap<>();
        profile.put(
                "occupations", List.of(List.of("9629", "9621", "9612", "9611").get(random.nextInt(4))));
        profile.put("iscedField", "0722");
        profile.put("minIscedLevel", 3 + random.nextInt(2));
        profile.put("headcount", 5 + random.nextInt(30));
        profile.put("from", "2027-0" + (3 + random.nextInt(5)) + "-01");
        profile.put("to", "2027-12-31");
        profile.put("countries", List.of("TJ"));
        profile.put("visa", random.nextBoolean());
        profile.put("workingLanguages", List.of(Map.of("language", "tg", "level", "A2")));
        demand.put("profile", profile);
        return demand;
    }
}
