package org.vocbridge.observatory;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A note on how far a value can be trusted, with its SDMX observation status code (code list
 * CL_OBS_STATUS): estimated, provisional, or a break in the series (not comparable with the years
 * before it).
 */
public enum Flag {
    BREAK('B'),
    ESTIMATED('E'),
    PROVISIONAL('P');

    public final char code;

    Flag(char code) {
        this.code = code;
    }

    public static Optional<Flag> ofCode(char code) {
        for (Flag f : values()) {
            if (f.code == Character.toUpperCase(code)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The flags as stored: their codes in a fixed order, such as {@code EP}. */
    public static String codes(Set<Flag> flags) {
        return flags == null
                ? ""
                : flags.stream().sorted().map(f -> String.valueOf(f.code)).collect(Collectors.joining());
    }

    public static Set<Flag> of(String codes) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (codes != null) {
            codes.chars().forEach(c -> ofCode((char) c).ifPresent(flags::add));
        }
        return flags;
    }
}
