package org.vocbridge.ventures.domain;

import java.net.IDN;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.vocbridge.ventures.DuplicateReason;

/**
 * What tells one venture from another: the keys of its names (in every language it has, and the
 * names it was known by), its website's host, its registration number and the organization of the
 * directory it is. Two identities resemble each other for the strongest reason they share.
 *
 * @param websiteHost the host without "www.", lower case; null when there is no website
 * @param registration the country code and the number, upper case, letters and digits only; null when none
 */
public record VentureIdentity(List<NameKeys> names, String websiteHost, String registration, Long organizationId) {

    /**
     * How alike two spellings must be, on the Jaro-Winkler scale, to be shown. Set on the
     * committed duplicate test set (precision and recall in its test): lower flags unrelated
     * ventures that share a first word, higher misses transliterations.
     */
    static final double SIMILAR_SPELLING = 0.93;

    /** Why the other may be the same venture, with how sure (1 for a key they share), or empty. */
    public Optional<Resemblance> resemblance(VentureIdentity other) {
        if (websiteHost != null && websiteHost.equals(other.websiteHost)) {
            return Optional.of(new Resemblance(DuplicateReason.SAME_WEBSITE, 1));
        }
        if (registration != null && registration.equals(other.registration)) {
            return Optional.of(new Resemblance(DuplicateReason.SAME_REGISTRATION_NUMBER, 1));
        }
        if (organizationId != null && organizationId.equals(other.organizationId)) {
            return Optional.of(new Resemblance(DuplicateReason.SAME_ORGANIZATION, 1));
        }
        return names.stream()
                .filter(name -> !name.isEmpty())
                .flatMap(name -> other.names.stream()
                        .filter(theirs -> !theirs.isEmpty())
                        .flatMap(theirs -> byName(name, theirs).stream()))
                .min(Comparator.comparing(Resemblance::reason)
                        .thenComparing(Resemblance::score, Comparator.reverseOrder()));
    }

    private static Optional<Resemblance> byName(NameKeys ours, NameKeys theirs) {
        if (ours.latin().equals(theirs.latin())) {
            return Optional.of(new Resemblance(DuplicateReason.SAME_NAME, 1));
        }
        if (ours.lookAlike().equals(theirs.lookAlike())) {
            return Optional.of(new Resemblance(DuplicateReason.LOOK_ALIKE_NAME, 1));
        }
        double score = ours.likeness(theirs);
        return score >= SIMILAR_SPELLING
                ? Optional.of(new Resemblance(DuplicateReason.SIMILAR_NAME, score))
                : Optional.empty();
    }

    /**
     * The host of a website address in its ASCII form (an internationalized name such as 例子.中国 or
     * пример.рф as its xn-- form, so that both spellings are one host), without "www." and in lower
     * case; null when there is none.
     */
    public static String hostOf(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String rest = website.strip().replaceFirst("(?i)^[a-z][a-z0-9+.-]*://", "");
        String authority = rest.split("[/?#]", 2)[0];
        String host = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":\\d*$", "");
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAHostName) {
            return null;
        }
        if (!ASCII_HOST.matcher(host).matches()) {
            return null;
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static final java.util.regex.Pattern ASCII_HOST =
            java.util.regex.Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");

    /** A registration number as a key: the country and the number, letters and digits only; null when none. */
    public static String registrationOf(String country, String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String digits = number.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return digits.isEmpty() ? null : (country == null ? "" : country) + ":" + digits;
    }

    /** The keys of each name, once each. */
    public static List<NameKeys> keysOf(Stream<LanguageAndName> names) {
        return names.map(n -> NameKeys.of(n.name(), n.language())).distinct().toList();
    }

    /** A name and the language it is written in (null for a name known in no language in particular). */
    public record LanguageAndName(String language, String name) {}

    /** Why, and how sure: 1 for a key both share, else the likeness of the spellings. */
    public record Resemblance(DuplicateReason reason, double score) {}
}
