package org.vocbridge.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInFailuresTests {

    private final SignInFailures failures = new SignInFailures(
            null, Clock.systemUTC(), 3, 50, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1));

    @Test
    void theFreeFailuresCostNothingThenEachFurtherOneDoublesTheWaitUpToTheLongest() {
        assertThat(failures.delayAfter(0, 3)).isZero();
        assertThat(failures.delayAfter(2, 3)).isZero();
        assertThat(failures.delayAfter(3, 3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(failures.delayAfter(4, 3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(failures.delayAfter(10, 3)).isEqualTo(Duration.ofSeconds(256));
        assertThat(failures.delayAfter(12, 3)).isEqualTo(Duration.ofMinutes(15));
        assertThat(failures.delayAfter(Integer.MAX_VALUE, 3)).isEqualTo(Duration.ofMinutes(15));
    }
}
