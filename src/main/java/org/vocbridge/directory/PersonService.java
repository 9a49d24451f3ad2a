package org.vocbridge.directory;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.domain.Appointment;
import org.vocbridge.directory.domain.Organization;
import org.vocbridge.directory.domain.OrganizationRepository;
import org.vocbridge.directory.domain.Person;
import org.vocbridge.directory.domain.PersonRepository;
import org.vocbridge.search.TextQuery;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.files.FileStorage;
import org.vocbridge.shared.files.UploadCheck;
import org.vocbridge.shared.security.CurrentUser;

/** People and experts: contacts of organizations and think-tank appointments. */
@Service
public class PersonService {

    private final PersonRepository people;
    private final OrganizationRepository organizations;
    private final AllianceService alliances;
    private final EntityManager entityManager;
    private final AccountsApi accounts;
    private final DraftChecks checks;
    private final FileStorage files;

    PersonService(
            PersonRepository people,
            OrganizationRepository organizations,
            AllianceService alliances,
            EntityManager entityManager,
            AccountsApi accounts,
            DraftChecks checks,
            FileStorage files) {
        this.files = files;
        this.people = people;
        this.organizations = organizations;
        this.alliances = alliances;
        this.entityManager = entityManager;
        this.accounts = accounts;
        this.checks = checks;
    }

    /**
     * How to narrow the list of people.
     *
     * @param expert true for think-tank experts only
     */
    public record Filter(String q, String country, Long organization, Boolean expert, String field) {}

    @Transactional(readOnly = true)
    public ResultPage<PersonSummary> list(Filter filter, int page, int size, Locale locale) {
        int pageSize = Math.max(1, Math.min(size, OrganizationService.MAX_PAGE_SIZE));
        int pageNumber = Math.max(0, page);
        String sortLanguage = List.of("zh", "en", "ru").contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        SearchResult<Person> result = Search.session(entityManager)
                .search(Person.class)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (!OrganizationService.blank(filter.q())) {
                        String q = filter.q().strip();
                        root.add(f.or(
                                TextQuery.predicate(f, q, "name", "description"),
                                f.simpleQueryString()
                                        .field("keywords")
                                        .matching(q)
                                        .toPredicate()));
                    }
                    if (!OrganizationService.blank(filter.country())) {
                        root.add(f.match()
                                .field("country")
                                .matching(filter.country().strip()));
                    }
                    if (filter.organization() != null) {
                        root.add(f.match().field("organization").matching(filter.organization()));
                    }
                    if (Boolean.TRUE.equals(filter.expert())) {
                        root.add(f.match().field("expert").matching(true));
                    }
                    if (!OrganizationService.blank(filter.field())) {
                        root.add(
                                f.match().field("field").matching(filter.field().strip()));
                    }
                })
                .sort(f -> OrganizationService.blank(filter.q())
                        ? f.field("name_sort_" + sortLanguage)
                                .missing()
                                .last()
                                .then()
                                .field("id")
                        : f.score().then().field("id"))
                .fetch(pageNumber * pageSize, pageSize);
        return new ResultPage<>(
                result.hits().stream().map(p -> PersonSummary.of(p, false)).toList(),
                pageNumber,
                pageSize,
                result.total().hitCount());
    }

    @Transactional(readOnly = true)
    public PersonSummary get(long id, CurrentUser viewer) {
        Person person = require(id);
        return PersonSummary.of(person, canEdit(viewer, person));
    }

    @Transactional(readOnly = true)
    public List<PersonSummary> expertsOf(long allianceId) {
        return people.findExpertsOf(allianceId).stream()
                .map(p -> PersonSummary.of(p, false))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<PersonSummary> peopleOf(long organizationId) {
        return people.findByAffiliation(organizationId).stream()
                .map(p -> PersonSummary.of(p, false))
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean canEdit(CurrentUser user, long id) {
        return canEdit(user, require(id));
    }

    private boolean canEdit(CurrentUser user, Person person) {
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
            throw new org.springframework.security.access.AccessDeniedException("Name an organization you edit");
        }
        Person person = new Person(LocalizedText.of(draft.name()));
        apply(person, draft, affiliations);
        people.save(person);
        PersonSummary after = PersonSummary.of(person, true);
        accounts.audit(actor, "create", "person", person.id(), null, after);
        return after;
    }

    @Transactional
    public PersonSummary update(CurrentUser actor, long id, PersonDraft draft) {
        actor.requireSignedIn();
        Person person = require(id);
        if (!canEdit(actor, person)) {
            throw new org.springframework.security.access.AccessDeniedException("Not an editor of this person");
        }
        if (draft.version() == null || !person.isVersion(draft.version())) {
            throw new ConcurrentEditException("Person", id);
        }
        Set<Long> current = new HashSet<>(person.getAffiliationIds());
        Set<Organization> affiliations = check(actor, draft, current);
        PersonSummary before = PersonSummary.of(person, true);
        apply(person, draft, affiliations);
        people.flush();
        PersonSummary after = PersonSummary.of(person, true);
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
        checks.codes(check, draft.fields(), draft.occupations());
        checks.esco(check, draft.escoOccupations());
        check.allKnown("languages", draft.languages(), LocalizedText::isValidTag, "error.languageTag");
        if (draft.keywords() != null) {
            draft.keywords().stream()
                    .filter(k -> k != null && k.length() > 100)
                    .forEach(k -> check.reject("keywords", "error.tooLong", 100));
        }
        Set<Organization> affiliations = new LinkedHashSet<>();
        for (Long organizationId : draft.affiliations() == null ? Set.<Long>of() : draft.affiliations()) {
            organizations
                    .findById(organizationId)
                    .ifPresentOrElse(
                            affiliations::add, () -> check.reject("affiliations", "error.organization.unknown"));
            boolean added = !currentAffiliations.contains(organizationId);
            if (added && !accounts.holds(actor, Role.ORGANIZATION_EDITOR, organizationId)) {
                check.reject("affiliations", "error.affiliation.notEditor");
            }
        }
        check.throwIfAny();
        return affiliations;
    }

    private void apply(Person person, PersonDraft draft, Set<Organization> affiliations) {
        person.update(
                LocalizedText.of(draft.name()),
                LocalizedText.of(draft.position()),
                LocalizedText.of(draft.description()),
                OrganizationService.trim(draft.country()),
                OrganizationService.trim(draft.email()),
                affiliations,
                draft.fields() == null ? Set.of() : new TreeSet<>(draft.fields()),
                checks.withEscoGroups(draft.occupations(), draft.escoOccupations()),
                draft.escoOccupations() == null ? Set.of() : new TreeSet<>(draft.escoOccupations()),
                draft.keywords() == null ? Set.of() : cleaned(draft.keywords()),
                draft.languages() == null
                        ? Set.of()
                        : new TreeSet<>(draft.languages().stream()
                                .map(LocalizedText::normalizeTag)
                                .toList()));
    }

    private static Set<String> cleaned(Set<String> values) {
        Set<String> cleaned = new TreeSet<>();
        values.stream()
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .forEach(cleaned::add);
        return cleaned;
    }

    /** The secretariat appoints a person to the alliance's think tank. */
    @Transactional
    public PersonSummary appoint(
            CurrentUser actor,
            long allianceId,
            long personId,
            Map<String, String> role,
            LocalDate from,
            LocalDate to,
            String document) {
        accounts.require(actor, Role.ALLIANCE_SECRETARIAT, allianceId);
        Person person = require(personId);
        InputCheck check = new InputCheck();
        checks.name(check, "role", role);
        check.maxLength("document", document, 300);
        if (from != null && to != null && to.isBefore(from)) {
            check.reject("to", "error.dates.order");
        }
        check.throwIfAny();
        PersonSummary before = PersonSummary.of(person, true);
        person.appoint(
                alliances.require(allianceId), LocalizedText.of(role), from, to, OrganizationService.trim(document));
        people.flush();
        PersonSummary after = PersonSummary.of(person, true);
        accounts.audit(actor, "appoint", "person", personId, before, after);
        return after;
    }

    /** Largest appointment letter accepted, in bytes. */
    public static final long MAX_LETTER_BYTES = 10L * 1024 * 1024;

    /** A stored appointment letter. */
    public record Letter(byte[] content, String fileName) {}

    /** The alliance's secretariat stores the signed appointment letter (a PDF, checked by its content). */
    @Transactional
    public PersonSummary attachLetter(
            CurrentUser actor,
            long personId,
            long appointmentId,
            byte[] content,
            String declaredType,
            String fileName) {
        Person person = require(personId);
        Appointment appointment = appointment(person, appointmentId);
        accounts.require(
                actor, Role.ALLIANCE_SECRETARIAT, appointment.alliance().id());
        UploadCheck.check("file", content, declaredType, java.util.Set.of(UploadCheck.PDF), MAX_LETTER_BYTES);
        PersonSummary before = PersonSummary.of(person, true);
        String name =
                fileName == null || fileName.isBlank() ? "letter.pdf" : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        appointment.attachLetter(files.store(content), name.length() > 200 ? name.substring(0, 200) : name);
        people.flush();
        PersonSummary after = PersonSummary.of(person, true);
        accounts.audit(actor, "letter", "person", personId, before, after);
        return after;
    }

    /**
     * The appointment letter, for the person's editors, the alliance's secretariat and admins only: it
     * may carry personal details.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Letter> letter(CurrentUser viewer, long personId, long appointmentId) {
        Person person = require(personId);
        Appointment appointment = appointment(person, appointmentId);
        viewer.requireSignedIn();
        if (!canEdit(viewer, person)
                && !accounts.holds(
                        viewer,
                        Role.ALLIANCE_SECRETARIAT,
                        appointment.alliance().id())) {
            throw new org.springframework.security.access.AccessDeniedException("Not allowed to read this letter");
        }
        if (appointment.letterKey() == null) {
            return java.util.Optional.empty();
        }
        return files.read(appointment.letterKey()).map(content -> new Letter(content, appointment.letterName()));
    }

    private static Appointment appointment(Person person, long appointmentId) {
        return person.appointments().stream()
                .filter(a -> a.id() == appointmentId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Appointment", appointmentId));
    }

    Person require(long id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
    }
}
