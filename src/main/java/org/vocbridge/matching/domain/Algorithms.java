package org.vocbridge.matching.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.matching.MatchExplanation.ComponentKind;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.security.CurrentUser;

/**
 * The versions of the matching algorithm in use: the rules' built-in weights, then each weight set
 * an admin published from the feedback on past contacts, the latest in use. Read from the database
 * on every ranking, so that every node scores with the same version from the moment it is
 * published. A published set is named after the rules' version and its number: 2026.12.1.w2.
 */
@Service
@RequiredArgsConstructor
public class Algorithms {

    static final int NOTE_MAX = 2_000;

    private static final String COLUMNS = Stream.of(ComponentKind.values())
            .map(k -> k.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final AccountsApi accounts;

    /**
     * A version of the weights.
     *
     * @param publishedBy who published it; null for the built-in weights
     */
    public record Version(Weights weights, String note, String publishedBy, Instant publishedAt) {}

    /** The version in use: the latest published, else the built-in weights. */
    @Transactional(readOnly = true)
    public Weights current() {
        return jdbc.sql("select version, " + COLUMNS + ", note, published_by, published_at from matching_algorithm"
                        + " order by published_at desc, version desc fetch first 1 rows only")
                .query(Algorithms::version)
                .optional()
                .map(Version::weights)
                .orElseGet(Weights::builtIn);
    }

    /** Every version, the latest first, the built-in weights last. */
    @Transactional(readOnly = true)
    public List<Version> history() {
        List<Version> versions = new ArrayList<>(jdbc.sql(
                        "select version, " + COLUMNS
                                + ", note, published_by, published_at from matching_algorithm order by published_at desc, version desc")
                .query(Algorithms::version)
                .list());
        versions.add(new Version(Weights.builtIn(), null, null, null));
        return versions;
    }

    /** Publishes a weight set as the new version in use; admins only. */
    @Transactional
    public Weights publish(CurrentUser user, Map<ComponentKind, Integer> weights, String note) {
        user.requireAdmin();
        InputCheck check = MatchFeedback.checkWeights(weights);
        if (!check.hasProblems()
                && new EnumMap<>(weights).equals(new EnumMap<>(current().weights()))) {
            check.reject("weights", "error.weights.same");
        }
        check.maxLength("note", note, NOTE_MAX);
        check.throwIfAny();
        long published = jdbc.sql("select count(*) from matching_algorithm")
                .query(Long.class)
                .single();
        Weights version = new Weights(MatchScoring.ALGORITHM + ".w" + (published + 2), new EnumMap<>(weights));
        List<Object> values = new ArrayList<>();
        values.add(version.algorithm());
        Stream.of(ComponentKind.values()).forEach(k -> values.add(weights.get(k)));
        values.add(note == null || note.isBlank() ? null : note.strip());
        values.add(user.username());
        values.add(Timestamp.from(Instant.now()));
        jdbc.sql("insert into matching_algorithm (version, " + COLUMNS + ", note, published_by, published_at)"
                        + " values (" + "?, ".repeat(values.size() - 1) + "?)")
                .params(values)
                .update();
        accounts.audit(user, "publish", "matching-algorithm", version.algorithm(), null, version.weights());
        return version;
    }

    private static Version version(ResultSet rs, int row) throws SQLException {
        Map<ComponentKind, Integer> weights = new EnumMap<>(ComponentKind.class);
        for (ComponentKind kind : ComponentKind.values()) {
            weights.put(kind, rs.getInt(kind.name().toLowerCase(Locale.ROOT)));
        }
        return new Version(
                new Weights(rs.getString("version"), weights),
                rs.getString("note"),
                rs.getString("published_by"),
                rs.getTimestamp("published_at").toInstant());
    }
}
