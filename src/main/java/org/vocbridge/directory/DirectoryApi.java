package org.vocbridge.directory;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.vocbridge.directory.domain.Alliances;
import org.vocbridge.directory.domain.Memberships;
import org.vocbridge.directory.domain.OrganizationSearch;
import org.vocbridge.directory.domain.Organizations;
import org.vocbridge.directory.domain.PastAffiliations;
import org.vocbridge.directory.domain.People;
import org.vocbridge.directory.domain.PersonFilter;
import org.vocbridge.shared.ResultPage;

/**
 * What other modules ask of the member directory: the organizations and alliances their records
 * refer to by id, who belongs to an alliance now, and how many.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DirectoryApi {

    private final Organizations organizations;
    private final OrganizationSearch search;
    private final Alliances alliances;
    private final Memberships memberships;
    private final People people;
    private final PastAffiliations pastAffiliations;

    /** The names and countries of the organizations that exist among the ids. */
    public Map<Long, OrganizationLabel> organizationLabels(Collection<Long> ids) {
        return organizations.labels(ids);
    }

    /** The names and positions of the people that exist among the ids. */
    public Map<Long, PersonLabel> personLabels(Collection<Long> ids) {
        return people.labels(ids);
    }

    /**
     * The organizations the people work for and those they worked for, with the day each past one
     * ended; for checks of who is close to whom (an award jury's conflicts of interest).
     */
    public List<AffiliationPeriod> affiliations(Collection<Long> personIds) {
        return pastAffiliations.of(personIds);
    }

    /** Those of the people who hold a think-tank appointment (the experts). */
    public Set<Long> experts(Collection<Long> personIds) {
        return people.experts(personIds);
    }

    /** The experts of an alliance's think tank, as anyone sees them. */
    public List<PersonSummary> expertsOf(long allianceId) {
        return people.expertsOf(allianceId);
    }

    /** The countries of the people among the ids that have one. */
    public Map<Long, String> personCountries(Collection<Long> personIds) {
        return pastAffiliations.countries(personIds);
    }

    /** The ids of the people named so in any language; for one-off data loads (reads every person). */
    public Map<String, Long> personIdsByName(Collection<String> names) {
        return people.idsByName(names);
    }

    /** The organizations that exist among the ids, as the public sees them. */
    public List<OrganizationSummary> organizations(Collection<Long> ids) {
        return organizations.all(ids);
    }

    /** Organizations as a list shows them, filtered and sorted as the directory's own list. */
    public ResultPage<OrganizationRow> findOrganizations(OrganizationFilter filter, int page, int size, Locale locale) {
        return search.rows(filter, page, size, locale);
    }

    /** The ids of the organizations named so in any language; for one-off data loads (reads every organization). */
    public Map<String, Long> organizationIdsByName(Collection<String> names) {
        return organizations.idsByName(names);
    }

    /** Every alliance, sorted by name in the reader's language. */
    public List<AllianceSummary> alliances(Locale locale) {
        return alliances.list(locale);
    }

    /** Every alliance's name, sorted in the reader's language: the choices of list filters. */
    public List<AllianceName> allianceNames(Locale locale) {
        return alliances.names(locale);
    }

    /** The alliance; {@link org.vocbridge.shared.NotFoundException} when there is none. */
    public AllianceSummary alliance(long id) {
        return alliances.get(id);
    }

    public boolean allianceExists(long id) {
        return alliances.exists(id);
    }

    /** Every membership of the alliance, current or not, with its history. */
    public List<MembershipSummary> memberships(long allianceId) {
        return memberships.of(allianceId);
    }

    /** The alliances that any of the organizations belongs to now. */
    public Set<Long> currentAlliancesOf(Collection<Long> organizationIds) {
        return memberships.currentAlliancesOf(organizationIds);
    }

    public MemberCounts memberCounts(long allianceId) {
        return memberships.counts(allianceId);
    }

    /** How many people hold a think-tank appointment. */
    public long expertCount(Locale locale) {
        return people.list(PersonFilter.EXPERTS, 0, 1, locale).total();
    }

    /** The people whose names match what was typed, the best matches first: the options of a pick list. */
    public List<PersonLabel> findPeople(String q, int size, Locale locale) {
        return people.list(PersonFilter.named(q), 0, size, locale).items().stream()
                .map(p -> new PersonLabel(p.id(), p.name(), p.position()))
                .toList();
    }
}
