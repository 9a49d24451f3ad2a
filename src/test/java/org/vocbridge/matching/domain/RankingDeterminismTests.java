package org.vocbridge.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same postings give byte-identical rankings and explanations in another JVM: interpreted
 * only, another garbage collector, a Turkish locale (whose lower case of I differs), another
 * time zone and default charset.
 */
public class RankingDeterminismTests {

    @Test
    void anotherJvmWithOtherDefaultsRanksByteForByteTheSame() throws IOException, InterruptedException {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xint",
                        "-XX:+UseSerialGC",
                        "-Duser.language=tr",
                        "-Duser.country=TR",
                        "-Duser.timezone=Asia/Almaty",
                        "-Dfile.encoding=ISO-8859-1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        RankingDeterminismTests.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String there = new String(child.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).isZero();
        assertThat(there).hasSize(64).isEqualTo(digest());
    }

    /** Prints the digest of the rankings, for the test above to run in another JVM. */
    public static void main(String[] args) {
        System.out.println(digest());
    }

    /** SHA-256 of the top 20 of 40 demands among 4,000 offers, each with its whole explanation. */
    static String digest() {
        RandomPostings postings = new RandomPostings(2026_12_07, 400, 40);
        List<MatchFacts.Offer> offers = postings.offers(4_000);
        OfferColumns columns = new OfferColumns(offers);
        StringBuilder rankings = new StringBuilder();
        for (int d = 1; d <= 40; d++) {
            MatchFacts.Demand demand = postings.demand(d);
            for (int i : columns.best(demand, Weights.builtIn(), 20)) {
                rankings.append(MatchScoring.score(demand, offers.get(i), Weights.builtIn()))
                        .append('\n');
            }
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(rankings.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
