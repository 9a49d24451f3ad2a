package org.vocbridge.awards.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vocbridge.awards.ConflictRule;
import org.vocbridge.cooperation.AgreementLabel;
import org.vocbridge.directory.AffiliationPeriod;
import org.vocbridge.library.Authorship;
import org.vocbridge.ventures.TeamPerson;
import org.vocbridge.ventures.TeamRole;

/**
 * Computes the conflicts of interest of a call from the records that tie jurors to entries. The
 * entries are indexed once by person, organization, country and venture, so that each juror's
 * conflicts cost what the juror's own records hold, not the number of entries: a call of 2,000
 * entries and 300 jurors is checked in well under a second. Each pair and rule is found once, with
 * the first evidence in record order, and the result is sorted: the same facts give the same flags.
 */
final class ConflictRules {

    /** Co-authors within so many years have a conflict. */
    static final int CO_AUTHOR_YEARS = 4;

    private ConflictRules() {}

    /** A conflict the records show. */
    record Found(long jurorId, long entryId, ConflictRule rule, Map<String, Object> evidence) {}

    static List<Found> find(ConflictFacts facts, JuryRules rules, LocalDate today) {
        Map<Long, List<ConflictFacts.EntryFacts>> byPerson = new HashMap<>();
        Map<Long, List<ConflictFacts.EntryFacts>> byOrganization = new HashMap<>();
        Map<String, List<ConflictFacts.EntryFacts>> byCountry = new HashMap<>();
        Map<Long, List<ConflictFacts.EntryFacts>> byVenture = new HashMap<>();
        Map<Long, List<AffiliationPeriod>> affiliations = group(facts.affiliations(), AffiliationPeriod::personId);
        for (ConflictFacts.EntryFacts e : facts.entries()) {
            Set<Long> organizations = new LinkedHashSet<>();
            if (e.organizationId() != null) {
                organizations.add(e.organizationId());
            }
            for (long person : e.people()) {
                add(byPerson, person, e);
                affiliations.getOrDefault(person, List.of()).stream()
                        .filter(a -> a.endedOn() == null)
                        .forEach(a -> organizations.add(a.organizationId()));
            }
            organizations.forEach(o -> add(byOrganization, o, e));
            if (e.country() != null) {
                add(byCountry, e.country(), e);
            }
            if (e.ventureId() != null) {
                add(byVenture, e.ventureId(), e);
            }
        }
        Map<Long, List<Authorship>> authorships = new HashMap<>();
        facts.authorships().forEach(a -> a.authors().forEach(p -> add(authorships, p, a)));
        Map<Long, List<AgreementLabel>> agreements = new HashMap<>();
        facts.agreements().forEach(a -> a.parties().forEach(o -> add(agreements, o, a)));
        Map<Long, List<TeamPerson>> mentors = group(
                facts.teams().stream()
                        .filter(t -> t.role() == TeamRole.MENTOR || t.role() == TeamRole.ADVISOR)
                        .toList(),
                TeamPerson::personId);

        LocalDate affiliationSince = today.minusYears(rules.affiliationYears());
        LocalDate coAuthorSince = today.minusYears(CO_AUTHOR_YEARS);
        List<Found> found = new ArrayList<>();
        for (ConflictFacts.JurorFacts j : facts.jurors()) {
            Map<String, Found> mine = new LinkedHashMap<>();
            long person = j.personId();
            for (ConflictFacts.EntryFacts e : byPerson.getOrDefault(person, List.of())) {
                keep(mine, j, e, ConflictRule.SAME_PERSON, Map.of("personId", person));
            }
            for (AffiliationPeriod a : affiliations.getOrDefault(person, List.of())) {
                if (a.lastedUntil(affiliationSince)) {
                    Map<String, Object> evidence = new LinkedHashMap<>();
                    evidence.put("organizationId", a.organizationId());
                    if (a.endedOn() != null) {
                        evidence.put("endedOn", a.endedOn().toString());
                    }
                    for (ConflictFacts.EntryFacts e : byOrganization.getOrDefault(a.organizationId(), List.of())) {
                        keep(mine, j, e, ConflictRule.SAME_ORGANIZATION, evidence);
                    }
                }
            }
            if (rules.sameCountryConflict() && j.country() != null) {
                for (ConflictFacts.EntryFacts e : byCountry.getOrDefault(j.country(), List.of())) {
                    keep(mine, j, e, ConflictRule.SAME_COUNTRY, Map.of("country", j.country()));
                }
            }
            for (Authorship a : authorships.getOrDefault(person, List.of())) {
                if (a.on().isBefore(coAuthorSince)) {
                    continue;
                }
                for (long coAuthor : a.authors()) {
                    if (coAuthor == person) {
                        continue;
                    }
                    Map<String, Object> evidence = Map.of(
                            "resourceId", a.resourceId(),
                            "title", a.title().values(),
                            "on", a.on().toString(),
                            "personId", coAuthor);
                    for (ConflictFacts.EntryFacts e : byPerson.getOrDefault(coAuthor, List.of())) {
                        keep(mine, j, e, ConflictRule.CO_AUTHOR, evidence);
                    }
                }
            }
            for (AffiliationPeriod own : affiliations.getOrDefault(person, List.of())) {
                if (own.endedOn() != null) {
                    continue;
                }
                for (AgreementLabel a : agreements.getOrDefault(own.organizationId(), List.of())) {
                    for (long party : a.parties()) {
                        if (party == own.organizationId()) {
                            continue;
                        }
                        Map<String, Object> evidence = new LinkedHashMap<>();
                        evidence.put("agreementId", a.id());
                        evidence.put("title", a.title().values());
                        if (a.signedOn() != null) {
                            evidence.put("signedOn", a.signedOn().toString());
                        }
                        evidence.put("jurorOrganizationId", own.organizationId());
                        evidence.put("organizationId", party);
                        for (ConflictFacts.EntryFacts e : byOrganization.getOrDefault(party, List.of())) {
                            keep(mine, j, e, ConflictRule.AGREEMENT_PARTY, evidence);
                        }
                    }
                }
            }
            for (TeamPerson t : mentors.getOrDefault(person, List.of())) {
                for (ConflictFacts.EntryFacts e : byVenture.getOrDefault(t.ventureId(), List.of())) {
                    keep(
                            mine,
                            j,
                            e,
                            ConflictRule.MENTOR,
                            Map.of("ventureId", t.ventureId(), "role", t.role().name()));
                }
            }
            found.addAll(mine.values());
        }
        found.sort(Comparator.comparingLong(Found::jurorId)
                .thenComparingLong(Found::entryId)
                .thenComparing(Found::rule));
        return found;
    }

    private static void keep(
            Map<String, Found> found,
            ConflictFacts.JurorFacts j,
            ConflictFacts.EntryFacts e,
            ConflictRule rule,
            Map<String, Object> evidence) {
        found.putIfAbsent(e.entryId() + ":" + rule, new Found(j.jurorId(), e.entryId(), rule, evidence));
    }

    private static <K, V> void add(Map<K, List<V>> map, K key, V value) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private static <K, V> Map<K, List<V>> group(Collection<V> values, java.util.function.Function<V, K> key) {
        Map<K, List<V>> grouped = new HashMap<>();
        values.forEach(v -> add(grouped, key.apply(v), v));
        return grouped;
    }
}
