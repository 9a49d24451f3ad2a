package org.vocbridge.directory.domain;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.PersonLabel;
import org.vocbridge.directory.PersonSummary;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.search.TextQuery;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;

/** People and experts: contacts of organizations, found, read, created and changed by their editors. */
@Service
@RequiredArgsConstructor
public class People {

    private final PersonRepository people;
    private final OrganizationRepository organizations;
    private final EntityManager entityManager;
    private final AccountsApi accounts;
    private final DraftChecks checks;
    private final PastAffiliations pastAffiliations;

    /** The names and positions of the people that exist among the ids. */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public Map<Long, PersonLabel> labels(Collection<Long> ids) {
        Map<Long, PersonLabel> labels = new HashMap<>();
        if (!ids.isEmpty()) {
            people.labels(ids)
                    .forEach(row -> labels.put(
                            (Long) row[0],
                            new PersonLabel(
                                    (Long) row[0],
                                    LocalizedText.of((Map<String, String>) row[1]),
                                    LocalizedText.of((Map<String, String>) row[2]))));
        }
        return labels;
    }

    /** The ids of the people named so in any of their languages; for one-off data loads (reads everyone). */
    @Transactional(readOnly = true)
    public Map<String, Long> idsByName(Collection<String> names) {
        return LocalizedText.idsByText(names, people.findAll(), Person::name, Person::id);
    }

    @Transactional(readOnly = true)
    public ResultPage<PersonSummary> list(PersonFilter filter, int page, int size, Locale locale) {
        int pageSize = OrganizationSearch.pageSize(size);
        int pageNumber = Math.max(0, page);
        SearchResult<Person> result = Search.session(entityManager)
                .search(Person.class)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (filter.q() != null) {
                        root.add(f.or(
                                TextQuery.predicate(f, filter.q(), "name", "description"),
                                TextQuery.simple(f, "keywords", filter.q())));
                    }
                    if (filter.country() != null) {
                        root.add(f.match().field("country").matching(filter.country()));
                    }
                    if (filter.organization() != null) {
                        root.add(f.match().field("organization").matching(filter.organization()));
                    }
                    if (Boolean.TRUE.equals(filter.expert())) {
                        root.add(f.match().field("expert").matching(true));
                    }
                    if (filter.field() != null) {
                        root.add(f.match().field("codes.field").matching(filter.field()));
                    }
                })
                .sort(f -> filter.q() == null
                        ? LocalizedTextBinder.sortByName(f, locale)
                        : f.score().then().field("id"))
                .fetch(pageNumber * pageSize, pageSize);
        return new ResultPage<>(
                result.hits().stream().map(p -> p.summary(false)).toList(),
                pageNumber,
                pageSize,
                result.total().hitCount());
    }

    @Transactional(readOnly = true)
    public PersonSummary get(long id, CurrentUser viewer) {
        Person person = require(id);
        return person.summary(canEdit(viewer, person));
    }

    /** Those of the people who hold a think-tank appointment. */
    @Transactional(readOnly = true)
    public Set<Long> experts(Collection<Long> ids) {
        Set<Long> experts = new java.util.TreeSet<>();
        people.findAllById(ids).forEach(p -> {
            if (p.summary(false).expert()) {
                experts.add(p.id());
            }
        });
        return experts;
    }

    @Transactional(readOnly = true)
    public List<PersonSummary> expertsOf(long allianceId) {
        return people.findExpertsOf(allianceId).stream()
                .map(p -> p.summary(false))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<PersonSummary> peopleOf(long organizationId) {
        return people.findByAffiliation(organizationId).stream()
                .map(p -> p.summary(false))
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean canEdit(CurrentUser user, long id) {
        return canEdit(user, require(id));
    }

    /** The person, the editors of an organization they work for, and admins edit a person. */
    boolean canEdit(CurrentUser user, Person person) {
        if (!user.signedIn()) {
            return false;
        }
        return accounts.holds(user, Role.EXPERT, person.id())
                || person.affiliations().stream().anyMatch(o -> accounts.holds(user, Role.ORGANIZATION_EDITOR, o.id()));
    }

    /** An organization's editor adds one of its people (or an admin adds anyone). */
    @Transactional
    public PersonSummary create(CurrentUser actor, PersonDraft draft) {
        actor.requireSignedIn();
        Set<Organization> affiliations = check(actor, draft, Set.of());
        if (!actor.admin() && affiliations.isEmpty()) {
            new InputCheck()
                    .reject("affiliations", "error.person.affiliation.required")
                    .throwIfAny();
        }
        Person person = people.save(new Person(draft, affiliations, checks.withEscoGroups(draft.codes())));
        PersonSummary after = person.summary(true);
        accounts.audit(actor, "create", "person", person.id(), null, after);
        return after;
    }

    @Transactional
    public PersonSummary update(CurrentUser actor, long id, PersonDraft draft) {
        actor.requireSignedIn();
        Person person = require(id);
        if (!canEdit(actor, person)) {
            throw new AccessDeniedException("Not an editor of this person");
        }
        InputCheck.requireVersion(draft.version());
        if (!person.isVersion(draft.version())) {
            throw new ConcurrentEditException("Person", id);
        }
        Set<Organization> affiliations = check(actor, draft, new HashSet<>(person.getAffiliationIds()));
        PersonSummary before = person.summary(true);
        Set<Long> ended = new HashSet<>(person.getAffiliationIds());
        affiliations.forEach(o -> ended.remove(o.id()));
        pastAffiliations.ended(id, ended, java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        person.update(draft, affiliations, checks.withEscoGroups(draft.codes()));
        people.flush();
        PersonSummary after = person.summary(true);
        accounts.audit(actor, "update", "person", id, before, after);
        return after;
    }

    /** Checks the draft; a newly named affiliation must be an organization the actor edits. */
    private Set<Organization> check(CurrentUser actor, PersonDraft draft, Set<Long> currentAffiliations) {
        InputCheck check = new InputCheck();
        checks.name(check, "name", draft.name());
        check.localized("position", draft.position(), 300);
        check.localized("description", draft.description(), DraftChecks.TEXT_MAX);
        checks.country(check, "country", draft.country(), false);
        checks.email(check, "email", draft.email());
        checks.codes(check, draft.codes());
        check.allKnown("languages", draft.languages(), LocalizedText::isKnownLanguageTag, "error.languageTag");
        draft.keywords().stream()
                .filter(k -> k.length() > 100)
                .forEach(k -> check.reject("keywords", "error.tooLong", 100));
        Set<Organization> affiliations = new LinkedHashSet<>();
        for (Long organizationId : draft.affiliations()) {
            Organization organization = organizations.findById(organizationId).orElse(null);
            if (organization == null) {
                check.reject("affiliations", "error.organization.unknown");
            } else if (!currentAffiliations.contains(organizationId)
                    && !accounts.holds(actor, Role.ORGANIZATION_EDITOR, organizationId)) {
                // naming an organization one does not edit is a lack of right, refused and audited as such
                throw new AccessDeniedException("Not an editor of organization " + organizationId);
            } else {
                affiliations.add(organization);
            }
        }
        check.throwIfAny();
        return affiliations;
    }

    Person require(long id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
    }
}
