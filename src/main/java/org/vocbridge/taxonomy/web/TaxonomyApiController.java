package org.vocbridge.taxonomy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.taxonomy.Category;
import org.vocbridge.taxonomy.Classification;
import org.vocbridge.taxonomy.CountryGroupSummary;
import org.vocbridge.taxonomy.CountrySummary;
import org.vocbridge.taxonomy.TaxonomyApi;
import org.vocbridge.taxonomy.domain.CountryGroups;

/** Countries, country groups and classifications as JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Taxonomy", description = TaxonomyApiController.TAG_DESCRIPTION)
@RequiredArgsConstructor
class TaxonomyApiController {

    static final String TAG_DESCRIPTION = "Countries, country groups, ISCED-F 2013, ISCO-08 and ESCO occupations";

    private final TaxonomyApi taxonomy;
    private final CountryGroups groups;

    /** A category as JSON: its title in the reader's language and in every language known. */
    record CategoryJson(String code, int level, String parent, String title, Map<String, String> titles) {
        static CategoryJson of(Category c, Locale locale) {
            return new CategoryJson(
                    c.code(),
                    c.level(),
                    c.parent(),
                    c.title().in(locale),
                    c.title().values());
        }
    }

    /** A country group as JSON, with the countries that belong to it today. */
    record CountryGroupJson(
            String code,
            Map<String, String> name,
            Map<String, String> description,
            List<String> currentMembers,
            List<CountryGroupSummary.Member> members) {}

    @GetMapping("/countries")
    @Operation(summary = "List countries", description = "Every country with its ISO 3166 code and its name.")
    List<CountrySummary> countries() {
        return taxonomy.countries();
    }

    @GetMapping("/country-groups")
    @Operation(summary = "List country groups", description = "The country groups (SCO, ASEAN, …) with their members.")
    List<CountryGroupJson> countryGroups() {
        return taxonomy.countryGroups().stream()
                .map(TaxonomyApiController::json)
                .toList();
    }

    @GetMapping("/country-groups/{code}")
    @Operation(summary = "One country group", description = "A country group with its members; 404 when there is none.")
    CountryGroupJson countryGroup(@PathVariable String code) {
        return json(taxonomy.requireCountryGroup(code));
    }

    /** Creates or replaces a country group (platform admins). */
    @PutMapping("/country-groups/{code}")
    @Operation(
            summary = "Save a country group",
            description = "Add or change a country group and its members (platform admins).")
    CountryGroupJson saveCountryGroup(@PathVariable String code, @RequestBody CountryGroupJson body, CurrentUser user) {
        return json(groups.save(
                user,
                new CountryGroupSummary(
                        code,
                        InputCheck.localizedText("name", body.name()),
                        InputCheck.localizedText("description", body.description()),
                        body.members() == null
                                ? List.of()
                                : body.members().stream()
                                        .filter(Objects::nonNull)
                                        .toList())));
    }

    @GetMapping("/taxonomies/isced-f")
    @Operation(
            summary = "ISCED-F 2013 fields",
            description = "The fields of education and training at a level (1 broad, 2 narrow, 3 detailed), or all, "
                    + "labelled in the reader's language.")
    List<CategoryJson> iscedF(@RequestParam(required = false) Integer level, Locale locale) {
        return categories(taxonomy.iscedF(), level, locale);
    }

    @GetMapping("/taxonomies/isced-f/{code}")
    @Operation(
            summary = "One ISCED-F field",
            description = "A field with its parent and children; 404 for an unknown code.")
    CategoryJson iscedField(@PathVariable String code, Locale locale) {
        return category(taxonomy.iscedF(), code, locale);
    }

    @GetMapping("/taxonomies/isco-08")
    @Operation(
            summary = "ISCO-08 groups",
            description = "The occupation groups at a level (1 to 4), or all, labelled in the reader's language.")
    List<CategoryJson> isco(@RequestParam(required = false) Integer level, Locale locale) {
        return categories(taxonomy.isco08(), level, locale);
    }

    @GetMapping("/taxonomies/isco-08/{code}")
    @Operation(
            summary = "One ISCO-08 group",
            description = "A group with its parent and children; 404 for an unknown code.")
    CategoryJson iscoGroup(@PathVariable String code, Locale locale) {
        return category(taxonomy.isco08(), code, locale);
    }

    private static List<CategoryJson> categories(Classification classification, Integer level, Locale locale) {
        List<Category> categories = level == null ? classification.all() : classification.atLevel(level);
        return categories.stream().map(c -> CategoryJson.of(c, locale)).toList();
    }

    private static CategoryJson category(Classification classification, String code, Locale locale) {
        return classification
                .find(code)
                .map(c -> CategoryJson.of(c, locale))
                .orElseThrow(() -> new NotFoundException(classification.name(), code));
    }

    private static CountryGroupJson json(CountryGroupSummary g) {
        return new CountryGroupJson(
                g.code(),
                g.name().values(),
                g.description().values(),
                g.countriesOn(java.time.LocalDate.now()),
                g.members());
    }
}
