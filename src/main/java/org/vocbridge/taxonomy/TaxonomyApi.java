package org.vocbridge.taxonomy;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.taxonomy.domain.Boundaries;
import org.vocbridge.taxonomy.domain.CountryGroups;
import org.vocbridge.taxonomy.domain.EscoOccupations;
import org.vocbridge.taxonomy.domain.ReferenceCodes;
import org.vocbridge.taxonomy.domain.Skills;

/** Countries, country groups, ISCED-F fields, ISCO-08 and ESCO occupations, skills, for every module. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TaxonomyApi {

    private final ReferenceCodes codes;
    private final CountryGroups groups;
    private final EscoOccupations esco;
    private final Boundaries boundaries;
    private final Skills skills;
    private final Map<Locale, List<CountrySummary>> countriesByLocale = new ConcurrentHashMap<>();

    public boolean isCountry(String code) {
        return codes.isCountry(code);
    }

    /** A country code as written in a path (any case, spaces around): its ISO 3166-1 form, else not found. */
    public String requireCountry(String code) {
        String iso = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!codes.isCountry(iso)) {
            throw new NotFoundException("Country", iso);
        }
        return iso;
    }

    public String countryName(String code, Locale locale) {
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }

    /** All ISO 3166-1 countries, named and sorted in the reader's language. */
    public List<CountrySummary> countries() {
        return countriesByLocale.computeIfAbsent(LocaleContextHolder.getLocale(), locale -> {
            Collator collator = Collator.getInstance(locale);
            return codes.countryCodes().stream()
                    .map(code -> new CountrySummary(code, countryName(code, locale)))
                    .sorted(Comparator.comparing(CountrySummary::name, collator))
                    .toList();
        });
    }

    /**
     * A tile map of the countries with values (and of those also shown, without one), named in the
     * reader's language.
     */
    public TileMap tileMap(Map<String, ? extends Number> values, Collection<String> alsoShown, Locale locale) {
        return TileMap.of(
                values, alsoShown, codes.capitals(), code -> countryName(code, locale), boundaries.countries(), locale);
    }

    public Classification iscedF() {
        return codes.iscedF();
    }

    public Classification isco08() {
        return codes.isco08();
    }

    /** ISIC Rev.4's sections (A to U), for what a venture does. */
    public Classification isic4() {
        return codes.isic4();
    }

    /** Every country group, such as the SCO members or ASEAN. */
    public List<CountryGroupSummary> countryGroups() {
        return groups.all();
    }

    public Optional<CountryGroupSummary> countryGroup(String code) {
        return groups.find(code);
    }

    public CountryGroupSummary requireCountryGroup(String code) {
        return countryGroup(code).orElseThrow(() -> new NotFoundException("Country group", code));
    }

    /** The countries that belong to the group today; empty for an unknown group. */
    public Set<String> countriesInGroup(String code) {
        return countryGroup(code)
                .map(g -> g.countriesOn(LocalDate.now()))
                .map(Set::copyOf)
                .orElse(Set.of());
    }

    /**
     * Checks a record's codes: every ISCED-F field and ISCO-08 occupation known, every ESCO
     * occupation imported (fields {@code fields}, {@code occupations}, {@code escoOccupations}).
     */
    public InputCheck check(InputCheck check, Codes tagged) {
        check.allKnown("fields", tagged.fields(), codes.iscedF()::contains, "error.isced.unknown");
        check.allKnown("occupations", tagged.occupations(), codes.isco08()::contains, "error.isco.unknown");
        return esco.check(check, "escoOccupations", tagged.escoOccupations());
    }

    /** The codes with the ISCO-08 unit groups of their ESCO occupations among the occupations. */
    public Codes withEscoGroups(Codes tagged) {
        return tagged.withOccupations(
                new TreeSet<>(esco.withIscoGroups(tagged.occupations(), tagged.escoOccupations())));
    }

    /** The imported ESCO occupations among the URIs. */
    public List<EscoOccupationSummary> escoOccupations(Collection<String> uris) {
        return esco.all(uris);
    }

    /** The skills (ESCO's or local) among the URIs, with their labels. */
    public List<SkillSummary> skills(Collection<String> uris) {
        return skills.all(uris);
    }

    /** The skills ESCO relates to the occupations, essential ones first. */
    public List<OccupationSkill> skillsOfOccupations(Collection<String> escoOccupations) {
        return skills.ofOccupations(escoOccupations);
    }

    /** The ESCO version imported last, if any. */
    public Optional<String> escoVersion() {
        return skills.escoVersion();
    }
}
