package org.vocbridge.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * System components some tests need (PostgreSQL, Chromium, fonts, checkers installed with npm). Where
 * one is missing the test fails when {@code vocbridge.require-components} is set, as in CI, so that
 * nothing is skipped silently there; elsewhere it is skipped with a warning.
 */
public final class SystemComponents {

    public static final boolean REQUIRED = Boolean.getBoolean("vocbridge.require-components");

    private SystemComponents() {}

    /** Fails or skips the calling test: {@code missing} says what is missing, {@code skipping} what is not run. */
    public static void missing(String missing, String skipping) {
        if (REQUIRED) {
            throw new IllegalStateException(missing);
        }
        System.err.println("WARNING: " + missing + " — SKIPPING " + skipping
                + " (set vocbridge.require-components=true to fail instead)");
        Assumptions.abort(missing);
    }
}
