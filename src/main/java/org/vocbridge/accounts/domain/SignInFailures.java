package org.vocbridge.accounts.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vocbridge.shared.security.SignInAttempts;

/**
 * Failed sign-ins kept in the database, so that all application nodes count them together. Two
 * counts are kept: one per account name and address, and one per address (a higher limit: many
 * people may share an address). Past a count's free failures, the next attempt waits
 * {@code first-delay}, doubled after each further failure up to {@code max-delay}; a count is
 * forgotten once its last failure is {@code forget-after} old, and a pair's on success.
 */
@Component
class SignInFailures implements SignInAttempts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int freePerAccount;
    private final int freePerAddress;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;

    @Autowired
    SignInFailures(
            JdbcClient jdbc,
            @Value("${vocbridge.login.free-failures:3}") int freePerAccount,
            @Value("${vocbridge.login.free-failures-per-address:50}") int freePerAddress,
            @Value("${vocbridge.login.first-delay:PT2S}") Duration firstDelay,
            @Value("${vocbridge.login.max-delay:PT15M}") Duration maxDelay,
            @Value("${vocbridge.login.forget-after:PT1H}") Duration forgetAfter) {
        this(jdbc, Clock.systemUTC(), freePerAccount, freePerAddress, firstDelay, maxDelay, forgetAfter);
    }

    SignInFailures(
            JdbcClient jdbc,
            Clock clock,
            int freePerAccount,
            int freePerAddress,
            Duration firstDelay,
            Duration maxDelay,
            Duration forgetAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.freePerAccount = freePerAccount;
        this.freePerAddress = freePerAddress;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
    }

    @Override
    public Duration waitBeforeNext(String username, String address) {
        Duration pair = waitFor(pairKey(username, address), freePerAccount);
        Duration alone = waitFor(addressKey(address), freePerAddress);
        return pair.compareTo(alone) >= 0 ? pair : alone;
    }

    @Override
    public void failed(String username, String address) {
        Instant now = clock.instant();
        jdbc.sql("delete from accounts_sign_in_failure where last_failed_at < :forget")
                .param("forget", utc(now.minus(forgetAfter)))
                .update();
        count(pairKey(username, address), now);
        count(addressKey(address), now);
    }

    @Override
    public void succeeded(String username, String address) {
        jdbc.sql("delete from accounts_sign_in_failure where subject = :subject")
                .param("subject", pairKey(username, address))
                .update();
    }

    /** How long to wait after {@code failures} failures of which {@code free} cost nothing. */
    Duration delayAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private Duration waitFor(String subject, int free) {
        Instant now = clock.instant();
        Optional<Failures> found = jdbc.sql(
                        "select failures, last_failed_at from accounts_sign_in_failure where subject = :subject")
                .param("subject", subject)
                .query((rs, row) -> new Failures(
                        rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
        if (found.isEmpty() || found.get().last().isBefore(now.minus(forgetAfter))) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(
                now, found.get().last().plus(delayAfter(found.get().count(), free)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void count(String subject, Instant now) {
        for (int attempt = 0; attempt < 2; attempt++) {
            int updated = jdbc.sql("update accounts_sign_in_failure set failures = failures + 1, last_failed_at = :now"
                            + " where subject = :subject")
                    .param("now", utc(now))
                    .param("subject", subject)
                    .update();
            if (updated > 0) {
                return;
            }
            try {
                jdbc.sql("insert into accounts_sign_in_failure (subject, failures, last_failed_at)"
                                + " values (:subject, 1, :now)")
                        .param("subject", subject)
                        .param("now", utc(now))
                        .update();
                return;
            } catch (DuplicateKeyException another) {
                // another node counted the first failure at the same moment: count this one on it
            }
        }
    }

    private record Failures(int count, Instant last) {}

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String pairKey(String username, String address) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        return "account:" + name.substring(0, Math.min(name.length(), 200)) + "|" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
