package org.vocbridge.taxonomy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.taxonomy.domain.CountryGroup;
import org.vocbridge.taxonomy.domain.CountryGroupMember;
import org.vocbridge.taxonomy.domain.CountryGroupRepository;

/** Countries, country groups, ISCED-F fields and ISCO-08 occupations, for every module. */
@Service
public class TaxonomyApi {

    private static final Set<String> COUNTRY_CODES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));

    private static final java.util.Map<String, Coordinates> CAPITALS = readCapitals();

    private static java.util.Map<String, Coordinates> readCapitals() {
        java.util.Map<String, Coordinates> capitals = new java.util.HashMap<>();
        try (var in = TaxonomyApi.class.getResourceAsStream("/taxonomy/capitals.tsv");
                var reader = new java.io.BufferedReader(
                        new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .forEach(cells -> capitals.put(
                            cells[0], new Coordinates(Double.parseDouble(cells[1]), Double.parseDouble(cells[2]))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Map.copyOf(capitals);
    }

    private final Classification iscedF = Classification.load("ISCED-F 2013", "/taxonomy/isced-f-2013.tsv", 2);
    private final Classification isco08 = Classification.load("ISCO-08", "/taxonomy/isco-08.tsv", 1);
    private final CountryGroupRepository groups;
    private final AccountsApi accounts;

    TaxonomyApi(CountryGroupRepository groups, AccountsApi accounts) {
        this.groups = groups;
        this.accounts = accounts;
    }

    public boolean isCountry(String code) {
        return code != null && COUNTRY_CODES.contains(code);
    }

    public String countryName(String code, Locale locale) {
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }

    /** All ISO 3166-1 countries, named and sorted in the reader's language. */
    public List<CountrySummary> countries() {
        return countriesByLocale.computeIfAbsent(LocaleContextHolder.getLocale(), locale -> {
            java.text.Collator collator = java.text.Collator.getInstance(locale);
            return COUNTRY_CODES.stream()
                    .map(code -> new CountrySummary(code, countryName(code, locale)))
                    .sorted(Comparator.comparing(CountrySummary::name, collator))
                    .toList();
        });
    }

    /** Where a country's capital lies, for maps that place members without drawing borders. */
    public record Coordinates(double latitude, double longitude) {}

    public Optional<Coordinates> capital(String country) {
        return Optional.ofNullable(country == null ? null : CAPITALS.get(country));
    }

    public Classification iscedF() {
        return iscedF;
    }

    public Classification isco08() {
        return isco08;
    }

    /**
     * Every country group; read on most pages, so kept for a minute (edits on this node show at
     * once, edits on another node within the minute).
     */
    @Transactional(readOnly = true)
    public List<CountryGroupSummary> countryGroups() {
        CachedGroups cached = cachedGroups;
        if (cached == null || cached.loadedAt() < System.nanoTime() - GROUPS_CACHE_NANOS) {
            cached = new CachedGroups(
                    groups.findAllWithMembers().stream()
                            .map(TaxonomyApi::summary)
                            .toList(),
                    System.nanoTime());
            cachedGroups = cached;
        }
        return cached.groups();
    }

    private record CachedGroups(List<CountryGroupSummary> groups, long loadedAt) {}

    private static final long GROUPS_CACHE_NANOS =
            java.time.Duration.ofMinutes(1).toNanos();
    private final java.util.Map<Locale, List<CountrySummary>> countriesByLocale =
            new java.util.concurrent.ConcurrentHashMap<>();
    private volatile CachedGroups cachedGroups;

    public Optional<CountryGroupSummary> countryGroup(String code) {
        return countryGroups().stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /** The countries that belong to the group today; empty for an unknown group. */
    @Transactional(readOnly = true)
    public Set<String> countriesInGroup(String code) {
        return countryGroup(code)
                .map(g -> g.countriesOn(LocalDate.now()))
                .map(Set::copyOf)
                .orElse(Set.of());
    }

    /** Creates or replaces a group (platform admins); the change is audited. */
    @Transactional
    public CountryGroupSummary saveCountryGroup(CurrentUser actor, CountryGroupSummary input) {
        actor.requireAdmin();
        InputCheck check = new InputCheck()
                .require("code", input.code())
                .require("name", input.name())
                .allKnown(
                        "members",
                        input.members().stream()
                                .map(CountryGroupSummary.Member::country)
                                .toList(),
                        this::isCountry,
                        "error.country.unknown");
        input.members().stream()
                .filter(m -> m.from() != null && m.to() != null && m.to().isBefore(m.from()))
                .forEach(m -> check.reject("members", "error.dates.order"));
        if (input.code() != null && !input.code().matches("[a-z0-9-]{2,40}")) {
            check.reject("code", "error.code.format");
        }
        check.throwIfAny();
        CountryGroup group = groups.findById(input.code()).orElseGet(() -> new CountryGroup(input.code()));
        CountryGroupSummary before = group.version() == 0 && group.members().isEmpty() ? null : summary(group);
        group.rename(input.name(), input.description() == null ? LocalizedText.EMPTY : input.description());
        group.replaceMembers(input.members().stream()
                .map(m -> new CountryGroupMember(m.country(), m.from(), m.to()))
                .toList());
        CountryGroupSummary saved = summary(groups.saveAndFlush(group));
        accounts.audit(actor, before == null ? "create" : "update", "country-group", input.code(), before, saved);
        cachedGroups = null;
        return saved;
    }

    public CountryGroupSummary requireCountryGroup(String code) {
        return countryGroup(code).orElseThrow(() -> new NotFoundException("Country group", code));
    }

    private static CountryGroupSummary summary(CountryGroup group) {
        return new CountryGroupSummary(
                group.code(),
                group.name(),
                group.description(),
                group.members().stream()
                        .map(m -> new CountryGroupSummary.Member(m.country(), m.validFrom(), m.validTo()))
                        .collect(Collectors.toList()));
    }
}
