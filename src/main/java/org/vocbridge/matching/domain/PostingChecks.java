package org.vocbridge.matching.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.library.LibraryApi;
import org.vocbridge.library.ResourceStatus;
import org.vocbridge.library.ResourceSummary;
import org.vocbridge.matching.LanguageLevel;
import org.vocbridge.matching.OfferProfile;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.taxonomy.EscoOccupationSummary;
import org.vocbridge.taxonomy.OccupationSkill;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * What demands and offers share: who may post for an organization (its editors and admins, read on
 * every write, so a right taken away counts at once), and the checks of what they name (codes known,
 * ESCO occupations and skills imported, languages, countries, numbers and dates in range).
 */
@Component
@RequiredArgsConstructor
class PostingChecks {

    static final int MAX_COUNT = 100_000;

    private final AccountsApi accounts;
    private final DirectoryApi directory;
    private final TaxonomyApi taxonomy;
    private final LibraryApi library;

    /** Refuses anyone but the organization's editors and admins. */
    void requireEditor(CurrentUser user, long organizationId) {
        user.requireSignedIn();
        if (!canEdit(user, organizationId)) {
            throw new AccessDeniedException("Not an editor of the organization");
        }
    }

    boolean canEdit(CurrentUser user, long organizationId) {
        return user.signedIn()
                && (user.admin()
                        || accounts.scopes(user, Role.ORGANIZATION_EDITOR).contains(organizationId));
    }

    /** Checks the organization, a text required, and the texts' languages. */
    InputCheck texts(Long organizationId, String required, Map<String, Map<String, String>> texts) {
        InputCheck check = new InputCheck();
        if (organizationId == null) {
            check.reject("organizationId", "error.required");
        } else if (directory.organizations(List.of(organizationId)).isEmpty()) {
            check.reject("organizationId", "error.organization.unknown", organizationId);
        }
        check.requireText(required, texts.get(required));
        texts.forEach((field, text) -> check.localized(field, text, field.equals(required) ? 300 : 8000));
        return check;
    }

    /** Checks the codes, skills and languages named, and a count and a period. */
    void profile(
            InputCheck check,
            String iscedField,
            Integer level,
            Collection<String> occupations,
            Collection<String> escoOccupations,
            Collection<String> skills,
            Collection<String> countries,
            Collection<LanguageLevel> languages,
            Integer count,
            LocalDate from,
            LocalDate to) {
        if (iscedField != null && !taxonomy.iscedF().contains(iscedField)) {
            check.reject("profile.iscedField", "error.isced.unknown", iscedField);
        }
        if (level != null && (level < 0 || level > 8)) {
            check.reject("profile.level", "error.number.range", 0, 8);
        }
        check.allKnown("profile.occupations", occupations, taxonomy.isco08()::contains, "error.isco.unknown");
        Set<String> imported = new HashSet<>();
        taxonomy.escoOccupations(escoOccupations).forEach(o -> imported.add(o.uri()));
        check.allKnown("profile.escoOccupations", escoOccupations, imported::contains, "error.esco.unknown");
        Set<String> known = new HashSet<>();
        taxonomy.skills(skills).forEach(s -> known.add(s.uri()));
        check.allKnown("profile.skills", skills, known::contains, "error.skill.unknown");
        check.allKnown("profile.countries", countries, taxonomy::isCountry, "error.country.unknown");
        for (LanguageLevel l : languages) {
            if (l == null || l.language() == null || !LocalizedText.isKnownLanguageTag(l.language())) {
                check.reject("profile.languages", "error.languageTag", l == null ? "" : l.language());
            }
        }
        if (count != null && (count < 1 || count > MAX_COUNT)) {
            check.reject("profile.count", "error.number.range", 1, MAX_COUNT);
        }
        if (from != null && to != null && to.isBefore(from)) {
            check.reject("profile.to", "error.dates.order");
        }
    }

    /** Checks the library resources an offer teaches from: published for everyone, and standards, courses or curricula. */
    void resources(InputCheck check, Collection<Long> ids) {
        Map<Long, ResourceSummary> found = library.resources(ids, CurrentUser.ANONYMOUS);
        check.allKnown(
                "profile.resources",
                ids,
                id -> found.containsKey(id)
                        && found.get(id).status() == ResourceStatus.PUBLISHED
                        && found.get(id).kind().isTaughtFrom(),
                "error.offer.resource");
    }

    /** What matching reads of an offer beside its profile: its ISCO-08 groups and the skills it teaches. */
    record Taught(List<String> iscoGroups, List<String> skills) {}

    /**
     * The offer's ISCO-08 groups, with those of the library resources it teaches from and of their
     * ESCO occupations; its skills ticked, then the essential skills of those ESCO occupations.
     */
    Taught taught(OfferProfile p) {
        Collection<ResourceSummary> from =
                library.resources(p.resources(), CurrentUser.ANONYMOUS).values();
        Set<String> occupations = new TreeSet<>(p.occupations());
        Set<String> resourceEsco = new TreeSet<>();
        from.forEach(r -> {
            occupations.addAll(r.occupations());
            r.escoOccupations().forEach(o -> resourceEsco.add(o.uri()));
        });
        Set<String> esco = new TreeSet<>(p.escoOccupations());
        esco.addAll(resourceEsco);
        Set<String> skills = new LinkedHashSet<>(p.skills());
        taxonomy.skillsOfOccupations(resourceEsco).stream()
                .filter(OccupationSkill::essential)
                .forEach(s -> skills.add(s.skill().uri()));
        return new Taught(iscoGroups(occupations, esco), List.copyOf(skills));
    }

    /** The ISCO-08 codes with the unit groups of the ESCO occupations, sorted. */
    List<String> iscoGroups(Collection<String> occupations, Collection<String> escoOccupations) {
        Set<String> groups = new TreeSet<>(occupations);
        taxonomy.escoOccupations(escoOccupations).stream()
                .map(EscoOccupationSummary::iscoGroup)
                .forEach(groups::add);
        return List.copyOf(groups);
    }

    String escoVersion() {
        return taxonomy.escoVersion().orElse(null);
    }
}
