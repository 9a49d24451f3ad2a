package org.vocbridge.observatory.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.accounts.RoleScopes;
import org.vocbridge.accounts.UserSummary;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * Who writes a country's statistics: its data stewards, appointed by an admin. A steward's role is a
 * {@link Role#COUNTRY_DATA_STEWARD} grant whose scope is the country's ISO 3166 alpha-2 code read as
 * a number in base 26 (AA = 1 … ZZ = 676).
 */
@Component
@RequiredArgsConstructor
public class CountryStewards implements RoleScopes {

    private final AccountsApi accounts;
    private final TaxonomyApi taxonomy;

    /** A steward of a country, by username. */
    public record Steward(long userId, String username, String displayName, long grantId) {}

    static long scope(String country) {
        return (country.charAt(0) - 'A') * 26L + (country.charAt(1) - 'A') + 1;
    }

    static Optional<String> country(long scope) {
        if (scope < 1 || scope > 676) {
            return Optional.empty();
        }
        long n = scope - 1;
        return Optional.of("" + (char) ('A' + n / 26) + (char) ('A' + n % 26));
    }

    /** Whether the user writes the country's values: one of its stewards, or an admin. */
    public boolean writes(CurrentUser user, String country) {
        return user.signedIn()
                && taxonomy.isCountry(country)
                && accounts.holds(user, Role.COUNTRY_DATA_STEWARD, scope(country));
    }

    public void requireWriter(CurrentUser user, String country) {
        user.requireSignedIn();
        if (!writes(user, country)) {
            throw new AccessDeniedException("data steward of " + country + " required");
        }
    }

    /** The countries the user is a steward of (every country for nobody: admins are not listed here). */
    public Set<String> countriesOf(CurrentUser user) {
        return accounts.scopes(user, Role.COUNTRY_DATA_STEWARD).stream()
                .map(CountryStewards::country)
                .flatMap(Optional::stream)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Transactional(readOnly = true)
    public List<Steward> of(String country) {
        long scope = scope(country);
        return accounts.holders(Role.COUNTRY_DATA_STEWARD, scope).stream()
                .map(u -> new Steward(
                        u.id(),
                        u.username(),
                        u.displayName(),
                        u.grant(Role.COUNTRY_DATA_STEWARD, scope).orElseThrow().id()))
                .toList();
    }

    /** Makes the user with the username a data steward of the country (admins). */
    @Transactional
    public Steward appoint(CurrentUser actor, String username, String country) {
        actor.requireAdmin();
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        InputCheck check = new InputCheck().require("username", username).require("country", country);
        if (!code.isEmpty() && !taxonomy.isCountry(code)) {
            check.reject("country", "error.country.unknown", code);
        }
        Optional<UserSummary> user = accounts.user(username);
        if (username != null && !username.isBlank() && user.isEmpty()) {
            check.reject("username", "error.user.unknown", username.strip());
        }
        check.throwIfAny();
        accounts.grant(actor, user.get().id(), Role.COUNTRY_DATA_STEWARD, scope(code));
        return of(code).stream()
                .filter(s -> s.userId() == user.get().id())
                .findFirst()
                .orElseThrow();
    }

    /** Ends a steward's role for the country (admins). */
    @Transactional
    public void dismiss(CurrentUser actor, String country, long userId) {
        actor.requireAdmin();
        accounts.revoke(actor, userId, Role.COUNTRY_DATA_STEWARD, scope(country));
    }

    @Override
    public Optional<String> name(Role role, long scopeId, Locale locale) {
        return role == Role.COUNTRY_DATA_STEWARD
                ? country(scopeId).map(c -> taxonomy.countryName(c, locale))
                : Optional.empty();
    }
}
