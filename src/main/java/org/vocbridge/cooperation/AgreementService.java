package org.vocbridge.cooperation;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.cooperation.AgreementDraft.PartyDraft;
import org.vocbridge.cooperation.AgreementDraft.ProgrammeDraft;
import org.vocbridge.cooperation.AgreementDraft.Signing;
import org.vocbridge.cooperation.AgreementDraft.StageDraft;
import org.vocbridge.cooperation.AgreementSummary.PartySummary;
import org.vocbridge.cooperation.AgreementSummary.ProgrammeSummary;
import org.vocbridge.cooperation.AgreementSummary.StageSummary;
import org.vocbridge.cooperation.AgreementSummary.StatusChangeSummary;
import org.vocbridge.cooperation.domain.Agreement;
import org.vocbridge.cooperation.domain.AgreementRepository;
import org.vocbridge.cooperation.domain.AgreementStatus;
import org.vocbridge.cooperation.domain.JointProgramme;
import org.vocbridge.cooperation.domain.Party;
import org.vocbridge.cooperation.domain.PartyRole;
import org.vocbridge.cooperation.domain.ProgressReportRepository;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.OrganizationSummary;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * Agreements: recording and editing by the parties' editors or the alliance secretariat, the
 * checked moves from draft to completed, and who may see what. Drafts and negotiations are seen
 * only by those who may edit them.
 */
@Service
public class AgreementService {

    public static final int MAX_PAGE_SIZE = 100;
    static final int TEXT_MAX = 10_000;

    /** A year's progress report is due by the end of March of the following year. */
    static final MonthDay REPORT_DUE = MonthDay.of(3, 31);

    private final AgreementRepository agreements;
    private final ProgressReportRepository reports;
    private final DirectoryApi directory;
    private final AccountsApi accounts;
    private final TaxonomyApi taxonomy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgreementService(
            AgreementRepository agreements,
            ProgressReportRepository reports,
            DirectoryApi directory,
            AccountsApi accounts,
            TaxonomyApi taxonomy,
            ApplicationEventPublisher events) {
        this.agreements = agreements;
        this.reports = reports;
        this.directory = directory;
        this.accounts = accounts;
        this.taxonomy = taxonomy;
        this.events = events;
        this.clock = Clock.systemDefaultZone();
    }

    /** Tells the alliance's dashboard that its figures change when the current transaction commits. */
    void figuresChanged(Long allianceId) {
        if (allianceId != null) {
            events.publishEvent(new AllianceFiguresChanged(allianceId));
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- who may see and change ----

    /** Parties' editors, the alliance secretariat and admins change an agreement. */
    @Transactional(readOnly = true)
    public boolean canEdit(CurrentUser user, long id) {
        return canEdit(user, require(id));
    }

    boolean canEdit(CurrentUser user, Agreement agreement) {
        if (!user.signedIn()) {
            return false;
        }
        if (user.admin()) {
            return true;
        }
        Set<Long> editorOf = accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        return agreement.parties().stream().anyMatch(p -> editorOf.contains(p.organizationId()))
                || (agreement.allianceId() != null
                        && accounts.holds(user, Role.ALLIANCE_SECRETARIAT, agreement.allianceId()));
    }

    boolean canSee(CurrentUser user, Agreement agreement) {
        return agreement.status().isPublic() || canEdit(user, agreement);
    }

    /** Whether the user edits an organization that currently belongs to the agreement's alliance. */
    boolean isAllianceMember(CurrentUser user, Agreement agreement) {
        if (agreement.allianceId() == null || !user.signedIn()) {
            return false;
        }
        if (user.admin() || accounts.holds(user, Role.ALLIANCE_SECRETARIAT, agreement.allianceId())) {
            return true;
        }
        Set<Long> editorOf = accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        return !editorOf.isEmpty()
                && directory.memberships(agreement.allianceId()).stream()
                        .anyMatch(m -> m.current() && editorOf.contains(m.organizationId()));
    }

    /** The agreement, if the user may see it; a draft is "not found" to everyone else. */
    Agreement requireVisible(CurrentUser user, long id) {
        Agreement agreement = require(id);
        if (!canSee(user, agreement)) {
            throw new NotFoundException("Agreement", id);
        }
        return agreement;
    }

    Agreement requireEditable(CurrentUser user, long id) {
        user.requireSignedIn();
        Agreement agreement = requireVisible(user, id);
        if (!canEdit(user, agreement)) {
            throw new AccessDeniedException("Not a party's editor or the alliance secretariat");
        }
        return agreement;
    }

    Agreement require(long id) {
        return agreements.findById(id).orElseThrow(() -> new NotFoundException("Agreement", id));
    }

    // ---- reading ----

    /** The agreement, to edit: refused to anyone who may not change it (not found to those who may not see it). */
    @Transactional(readOnly = true)
    public AgreementSummary getToEdit(long id, CurrentUser user) {
        return summaries(List.of(requireEditable(user, id))).get(0);
    }

    @Transactional(readOnly = true)
    public AgreementSummary get(long id, CurrentUser user) {
        return summaries(List.of(requireVisible(user, id))).get(0);
    }

    @Transactional(readOnly = true)
    public ResultPage<AgreementSummary> list(AgreementFilter filter, int page, int size, CurrentUser user) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        var found = agreements.findAll(
                specification(filter, user),
                PageRequest.of(
                        Math.max(0, page),
                        pageSize,
                        Sort.by(Sort.Order.desc("signedOn").nullsLast(), Sort.Order.desc("id"))));
        return new ResultPage<>(summaries(found.getContent()), found.getNumber(), pageSize, found.getTotalElements());
    }

    /** Every agreement the filter selects that the user may see, for exports. */
    @Transactional(readOnly = true)
    public List<AgreementSummary> all(AgreementFilter filter, CurrentUser user) {
        return summaries(agreements.findAll(specification(filter, user), Sort.by("id")));
    }

    private Specification<Agreement> specification(AgreementFilter filter, CurrentUser user) {
        Set<Long> editorOf = user.admin() ? Set.of() : accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        Set<Long> secretariatOf = user.admin() ? Set.of() : accounts.scopes(user, Role.ALLIANCE_SECRETARIAT);
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!user.admin()) {
                List<Predicate> visible = new ArrayList<>();
                visible.add(root.get("status").in(AgreementStatus.PUBLIC));
                if (!secretariatOf.isEmpty()) {
                    visible.add(root.get("allianceId").in(secretariatOf));
                }
                if (!editorOf.isEmpty()) {
                    visible.add(partyMatches(root, query, cb, "organizationId", editorOf));
                }
                where.add(cb.or(visible.toArray(Predicate[]::new)));
            }
            if (filter.alliance() != null) {
                where.add(cb.equal(root.get("allianceId"), filter.alliance()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.year() != null) {
                where.add(cb.between(
                        root.get("signedOn"), LocalDate.of(filter.year(), 1, 1), LocalDate.of(filter.year(), 12, 31)));
            }
            if (filter.organization() != null) {
                where.add(partyMatches(root, query, cb, "organizationId", Set.of(filter.organization())));
            }
            if (filter.country() != null && !filter.country().isBlank()) {
                where.add(partyMatches(
                        root,
                        query,
                        cb,
                        "country",
                        Set.of(filter.country().strip().toUpperCase())));
            }
            if (filter.type() != null) {
                Subquery<Long> typed = query.subquery(Long.class);
                var agreement = typed.from(Agreement.class);
                typed.select(agreement.get("id"))
                        .where(
                                cb.equal(agreement.get("id"), root.get("id")),
                                cb.isMember(filter.type(), agreement.get("types")));
                where.add(cb.exists(typed));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static Predicate partyMatches(
            jakarta.persistence.criteria.Root<Agreement> root,
            jakarta.persistence.criteria.CriteriaQuery<?> query,
            jakarta.persistence.criteria.CriteriaBuilder cb,
            String attribute,
            Set<?> values) {
        Subquery<Long> sub = query.subquery(Long.class);
        var agreement = sub.from(Agreement.class);
        Join<Agreement, Party> party = agreement.join("parties");
        sub.select(agreement.get("id"))
                .where(
                        cb.equal(agreement.get("id"), root.get("id")),
                        party.get(attribute).in(values));
        return cb.exists(sub);
    }

    List<AgreementSummary> summaries(List<Agreement> found) {
        Set<Long> organizationIds = new HashSet<>();
        Set<Long> allianceIds = new HashSet<>();
        for (Agreement a : found) {
            a.parties().forEach(p -> organizationIds.add(p.organizationId()));
            a.programmes().forEach(p -> p.stages().forEach(s -> organizationIds.add(s.organizationId())));
            if (a.allianceId() != null) {
                allianceIds.add(a.allianceId());
            }
        }
        Map<Long, LocalizedText> names = directory.organizations(organizationIds).stream()
                .collect(Collectors.toMap(OrganizationSummary::id, OrganizationSummary::name));
        Map<Long, LocalizedText> allianceNames = new HashMap<>();
        for (long allianceId : allianceIds) {
            allianceNames.put(allianceId, directory.alliance(allianceId).name());
        }
        Map<Long, Set<Integer>> reported = reportedYears(found);
        return found.stream()
                .map(a -> summary(a, names, allianceNames, reported.getOrDefault(a.id(), Set.of())))
                .toList();
    }

    private Map<Long, Set<Integer>> reportedYears(List<Agreement> found) {
        List<Long> ids = found.stream()
                .filter(a -> a.status().reports())
                .map(Agreement::id)
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return reports.findByAgreementIdIn(ids).stream()
                .collect(Collectors.groupingBy(
                        r -> r.agreementId(), Collectors.mapping(r -> r.year(), Collectors.toSet())));
    }

    private AgreementSummary summary(
            Agreement a,
            Map<Long, LocalizedText> names,
            Map<Long, LocalizedText> allianceNames,
            Set<Integer> reported) {
        return new AgreementSummary(
                a.id(),
                a.version(),
                a.title(),
                a.summary(),
                a.allianceId(),
                a.allianceId() == null ? null : allianceNames.get(a.allianceId()),
                a.status(),
                a.parties().stream()
                        .map(p -> new PartySummary(
                                p.organizationId(),
                                names.getOrDefault(p.organizationId(), LocalizedText.EMPTY),
                                p.country(),
                                p.role()))
                        .toList(),
                a.types(),
                a.fields(),
                a.occupations(),
                a.startsOn(),
                a.endsOn(),
                a.signedOn(),
                a.signedPlace(),
                a.signatories(),
                a.ceremony(),
                a.programmes().stream()
                        .map(p -> new ProgrammeSummary(
                                p.id() == null ? 0 : p.id(),
                                p.name(),
                                p.model(),
                                p.stages().stream()
                                        .map(s -> new StageSummary(
                                                s.organizationId(),
                                                names.getOrDefault(s.organizationId(), LocalizedText.EMPTY),
                                                s.years()))
                                        .toList(),
                                p.credentials(),
                                p.intakePerYear(),
                                p.languages()))
                        .toList(),
                a.history().stream()
                        .map(h -> new StatusChangeSummary(
                                h.from(), h.to(), h.effectiveOn(), h.actor(), h.note(), h.recordedAt()))
                        .toList(),
                a.status().next(),
                overdueYears(a, reported),
                a.demo(),
                a.updatedAt());
    }

    /**
     * The years whose report is past due: every calendar year the agreement was active in, up to
     * its end, whose due date (31 March of the next year) has passed without a report.
     */
    List<Integer> overdueYears(Agreement a, Set<Integer> reported) {
        if (!a.status().reports()) {
            return List.of();
        }
        LocalDate from = a.startsOn() != null ? a.startsOn() : a.signedOn();
        if (from == null) {
            return List.of();
        }
        LocalDate today = today();
        int lastDue = REPORT_DUE.atYear(today.getYear()).isBefore(today) ? today.getYear() - 1 : today.getYear() - 2;
        int last = a.endsOn() == null ? lastDue : Math.min(lastDue, a.endsOn().getYear());
        List<Integer> overdue = new ArrayList<>();
        for (int year = from.getYear(); year <= last; year++) {
            if (!reported.contains(year)) {
                overdue.add(year);
            }
        }
        return overdue;
    }

    /**
     * Agreements with overdue reports that the user answers for: those of the organizations they
     * edit and of the alliances whose secretariat they are (admins: all).
     */
    @Transactional(readOnly = true)
    public List<AgreementSummary> overdue(CurrentUser user) {
        user.requireSignedIn();
        Set<Long> editorOf = accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        Set<Long> secretariatOf = accounts.scopes(user, Role.ALLIANCE_SECRETARIAT);
        Specification<Agreement> reporting =
                (root, query, cb) -> root.get("status").in(AgreementStatus.ACTIVE, AgreementStatus.COMPLETED);
        Specification<Agreement> answersFor = (root, query, cb) -> {
            if (user.admin()) {
                return cb.conjunction();
            }
            List<Predicate> mine = new ArrayList<>();
            mine.add(cb.disjunction());
            if (!secretariatOf.isEmpty()) {
                mine.add(root.get("allianceId").in(secretariatOf));
            }
            if (!editorOf.isEmpty()) {
                mine.add(partyMatches(root, query, cb, "organizationId", editorOf));
            }
            return cb.or(mine.toArray(Predicate[]::new));
        };
        return summaries(agreements.findAll(reporting.and(answersFor), Sort.by("id"))).stream()
                .filter(a -> !a.overdueReports().isEmpty())
                .toList();
    }

    // ---- writing ----

    /** Records an agreement as a draft; the recorder must edit one of the parties (or run the alliance). */
    @Transactional
    public AgreementSummary create(CurrentUser actor, AgreementDraft draft) {
        return create(actor, draft, false);
    }

    /** Records an agreement, marked as demo data when {@code demo} (the demo loader only). */
    @Transactional
    AgreementSummary create(CurrentUser actor, AgreementDraft draft, boolean demo) {
        actor.requireSignedIn();
        Map<Long, OrganizationSummary> parties = check(draft);
        Set<Long> editorOf = accounts.scopes(actor, Role.ORGANIZATION_EDITOR);
        boolean party = draft.parties().stream().anyMatch(p -> editorOf.contains(p.organizationId()));
        boolean secretariat =
                draft.allianceId() != null && accounts.holds(actor, Role.ALLIANCE_SECRETARIAT, draft.allianceId());
        if (!actor.admin() && !party && !secretariat) {
            throw new AccessDeniedException("Only a party's editor or the alliance secretariat records an agreement");
        }
        Agreement agreement = new Agreement(LocalizedText.of(draft.title()), actor.username());
        apply(agreement, draft, parties, demo);
        agreement.recorded(today(), actor.username());
        agreements.save(agreement);
        figuresChanged(agreement.allianceId());
        AgreementSummary after = summaries(List.of(agreement)).get(0);
        accounts.audit(actor, "create", "agreement", agreement.id(), null, after);
        return after;
    }

    @Transactional
    public AgreementSummary update(CurrentUser actor, long id, AgreementDraft draft) {
        Agreement agreement = requireEditable(actor, id);
        if (draft.version() == null || !agreement.isVersion(draft.version())) {
            throw new ConcurrentEditException("Agreement", id);
        }
        Map<Long, OrganizationSummary> parties = check(draft);
        AgreementSummary before = summaries(List.of(agreement)).get(0);
        figuresChanged(agreement.allianceId());
        apply(agreement, draft, parties, agreement.demo());
        agreements.flush();
        figuresChanged(agreement.allianceId());
        AgreementSummary after = summaries(List.of(agreement)).get(0);
        accounts.audit(actor, "update", "agreement", id, before, after);
        return after;
    }

    /** Moves the agreement on, if the move is allowed from its state and what it needs is filled in. */
    @Transactional
    public AgreementSummary transition(CurrentUser actor, long id, Transition move) {
        Agreement agreement = requireEditable(actor, id);
        if (move.version() != null && !agreement.isVersion(move.version())) {
            throw new ConcurrentEditException("Agreement", id);
        }
        Signing signing = move.signing() == null ? Signing.NONE : move.signing();
        LocalDate effective = move.effectiveOn() != null
                ? move.effectiveOn()
                : move.status() == AgreementStatus.SIGNED && signing.signedOn() != null
                        ? signing.signedOn()
                        : move.status() == AgreementStatus.SIGNED && agreement.signedOn() != null
                                ? agreement.signedOn()
                                : today();
        InputCheck check = new InputCheck().maxLength("note", move.note(), 2000);
        AgreementStatus next = move.status();
        if (next == null || !agreement.status().canMoveTo(next)) {
            check.reject("status", "error.agreement.transition", agreement.status(), next);
            check.throwIfAny();
        }
        if (effective.isAfter(today())) {
            check.reject("effectiveOn", "error.date.future");
        }
        // moves happen in order; when the agreement was recorded does not bound them (it may be recorded late)
        LocalDate last = agreement.history().stream()
                .filter(h -> h.from() != null)
                .map(h -> h.effectiveOn())
                .reduce((first, second) -> second)
                .orElse(null);
        if (last != null && effective.isBefore(last)) {
            check.reject("effectiveOn", "error.agreement.effectiveBefore", last);
        }
        switch (next) {
            case SIGNED -> {
                LocalDate signedOn = signing.signedOn() != null ? signing.signedOn() : agreement.signedOn();
                String signatories = !blank(signing.signatories()) ? signing.signatories() : agreement.signatories();
                if (signedOn == null) {
                    check.reject("signing.signedOn", "error.agreement.signedOnRequired");
                } else if (signedOn.isAfter(today())) {
                    check.reject("signing.signedOn", "error.date.future");
                }
                if (blank(signatories)) {
                    check.reject("signing.signatories", "error.agreement.signatoriesRequired");
                }
                checkSigning(check, signing);
            }
            case ACTIVE -> {
                if (agreement.startsOn() == null) {
                    check.reject("startsOn", "error.agreement.startRequired");
                }
            }
            case TERMINATED -> {
                if (blank(move.note())) {
                    check.reject("note", "error.agreement.reasonRequired");
                }
            }
            default -> {}
        }
        check.throwIfAny();
        AgreementSummary before = summaries(List.of(agreement)).get(0);
        if (next == AgreementStatus.SIGNED) {
            agreement.signing(
                    signing.signedOn() != null ? signing.signedOn() : agreement.signedOn(),
                    signing.place() == null || signing.place().isEmpty()
                            ? agreement.signedPlace()
                            : LocalizedText.of(signing.place()),
                    !blank(signing.signatories()) ? signing.signatories().strip() : agreement.signatories(),
                    signing.ceremony() == null || signing.ceremony().isEmpty()
                            ? agreement.ceremony()
                            : LocalizedText.of(signing.ceremony()));
        }
        agreement.move(
                next,
                effective,
                actor.username(),
                blank(move.note()) ? null : move.note().strip());
        agreements.flush();
        figuresChanged(agreement.allianceId());
        AgreementSummary after = summaries(List.of(agreement)).get(0);
        accounts.audit(actor, "transition", "agreement", id, before, after);
        return after;
    }

    private Map<Long, OrganizationSummary> check(AgreementDraft draft) {
        InputCheck check = new InputCheck();
        if (draft.title() == null || draft.title().values().stream().allMatch(AgreementService::blank)) {
            check.reject("title", "error.required");
        }
        check.localized("title", draft.title(), 500);
        check.localized("summary", draft.summary(), TEXT_MAX);
        List<PartyDraft> parties = draft.parties() == null ? List.of() : draft.parties();
        Set<Long> ids = new LinkedHashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            PartyDraft p = parties.get(i);
            if (p == null || p.organizationId() == null) {
                check.reject("parties[" + i + "].organizationId", "error.required");
            } else if (!ids.add(p.organizationId())) {
                check.reject("parties[" + i + "].organizationId", "error.agreement.partyTwice");
            }
            if (p != null && p.role() == null) {
                check.reject("parties[" + i + "].role", "error.required");
            }
        }
        Map<Long, OrganizationSummary> found =
                directory.organizations(ids).stream().collect(Collectors.toMap(OrganizationSummary::id, o -> o));
        for (int i = 0; i < parties.size(); i++) {
            PartyDraft p = parties.get(i);
            if (p != null && p.organizationId() != null && !found.containsKey(p.organizationId())) {
                check.reject("parties[" + i + "].organizationId", "error.organization.unknown");
            }
        }
        if (ids.size() < 2) {
            check.reject("parties", "error.agreement.twoParties");
        }
        if (parties.stream()
                        .filter(p -> p != null && p.role() == PartyRole.LEAD)
                        .count()
                > 1) {
            check.reject("parties", "error.agreement.oneLead");
        }
        if (draft.types() == null || draft.types().isEmpty()) {
            check.reject("types", "error.agreement.typeRequired");
        }
        check.allKnown("fields", orEmpty(draft.fields()), c -> taxonomy.iscedF().contains(c), "error.isced.unknown");
        check.allKnown(
                "occupations",
                orEmpty(draft.occupations()),
                c -> taxonomy.isco08().contains(c),
                "error.isco.unknown");
        if (draft.startsOn() != null && draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            check.reject("endsOn", "error.dates.order");
        }
        if (draft.allianceId() != null) {
            try {
                directory.alliance(draft.allianceId());
            } catch (NotFoundException e) {
                check.reject("allianceId", "error.alliance.unknown");
            }
        }
        Signing signing = draft.signing() == null ? Signing.NONE : draft.signing();
        if (signing.signedOn() != null && signing.signedOn().isAfter(today())) {
            check.reject("signing.signedOn", "error.date.future");
        }
        if (signing.signedOn() != null
                && draft.endsOn() != null
                && draft.endsOn().isBefore(signing.signedOn())) {
            check.reject("endsOn", "error.agreement.endsBeforeSigning");
        }
        checkSigning(check, signing);
        List<ProgrammeDraft> programmes = draft.programmes() == null ? List.of() : draft.programmes();
        for (int i = 0; i < programmes.size(); i++) {
            checkProgramme(check, "programmes[" + i + "]", programmes.get(i), ids);
        }
        check.throwIfAny();
        return found;
    }

    private static void checkSigning(InputCheck check, Signing signing) {
        check.localized("signing.place", signing.place(), 300);
        check.maxLength("signing.signatories", signing.signatories(), 2000);
        check.localized("signing.ceremony", signing.ceremony(), 1000);
    }

    private static void checkProgramme(InputCheck check, String prefix, ProgrammeDraft programme, Set<Long> parties) {
        if (programme == null) {
            check.reject(prefix, "error.required");
            return;
        }
        if (programme.name() == null || programme.name().values().stream().allMatch(AgreementService::blank)) {
            check.reject(prefix + ".name", "error.required");
        }
        check.localized(prefix + ".name", programme.name(), 300);
        check.localized(prefix + ".credentials", programme.credentials(), 1000);
        List<StageDraft> stages = programme.stages() == null ? List.of() : programme.stages();
        if (stages.size() < 2) {
            check.reject(prefix + ".stages", "error.programme.stages");
        }
        for (int i = 0; i < stages.size(); i++) {
            StageDraft stage = stages.get(i);
            String at = prefix + ".stages[" + i + "]";
            if (stage == null || stage.organizationId() == null || !parties.contains(stage.organizationId())) {
                check.reject(at + ".organizationId", "error.programme.stageParty");
            }
            if (stage == null || stage.years() == null || stage.years() < 1 || stage.years() > 6) {
                check.reject(at + ".years", "error.programme.years");
            }
        }
        if (programme.intakePerYear() != null
                && (programme.intakePerYear() < 0 || programme.intakePerYear() > 100_000)) {
            check.reject(prefix + ".intakePerYear", "error.number.range", 0, 100_000);
        }
        for (String tag : programme.languages() == null ? List.<String>of() : programme.languages()) {
            if (!LocalizedText.isValidTag(tag)) {
                check.reject(prefix + ".languages", "error.languageTag", tag);
            }
        }
    }

    private void apply(Agreement agreement, AgreementDraft draft, Map<Long, OrganizationSummary> found, boolean demo) {
        List<Party> parties = draft.parties().stream()
                .map(p -> new Party(
                        p.organizationId(),
                        p.role(),
                        found.get(p.organizationId()).country()))
                .toList();
        agreement.update(
                LocalizedText.of(draft.title()),
                LocalizedText.of(draft.summary()),
                draft.allianceId(),
                parties,
                draft.types(),
                orEmpty(draft.fields()),
                orEmpty(draft.occupations()),
                draft.startsOn(),
                draft.endsOn(),
                demo);
        Signing signing = draft.signing() == null ? Signing.NONE : draft.signing();
        agreement.signing(
                signing.signedOn(),
                LocalizedText.of(signing.place()),
                blank(signing.signatories()) ? null : signing.signatories().strip(),
                LocalizedText.of(signing.ceremony()));
        agreement.programmes().clear();
        for (ProgrammeDraft p : draft.programmes() == null ? List.<ProgrammeDraft>of() : draft.programmes()) {
            agreement
                    .programmes()
                    .add(new JointProgramme(
                            agreement,
                            LocalizedText.of(p.name()),
                            p.stages().stream()
                                    .map(s -> new JointProgramme.Stage(s.organizationId(), s.years()))
                                    .toList(),
                            LocalizedText.of(p.credentials()),
                            p.intakePerYear(),
                            p.languages() == null
                                    ? List.of()
                                    : p.languages().stream()
                                            .map(LocalizedText::normalizeTag)
                                            .toList()));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <T> Set<T> orEmpty(Set<T> set) {
        return set == null ? Set.of() : set;
    }
}
