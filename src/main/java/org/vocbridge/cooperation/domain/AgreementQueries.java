package org.vocbridge.cooperation.domain;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.cooperation.AgreementLabel;
import org.vocbridge.cooperation.AgreementStatus;
import org.vocbridge.cooperation.AgreementSummary;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;

/** Reading agreements: one, the filtered list of those the reader may see, and those with overdue reports. */
@Service
@RequiredArgsConstructor
public class AgreementQueries {

    public static final int MAX_PAGE_SIZE = 100;

    private final AgreementRepository agreements;
    private final AgreementAccess access;
    private final AgreementSummaries summaries;
    private final AccountsApi accounts;

    @Transactional(readOnly = true)
    public AgreementSummary get(long id, CurrentUser user) {
        return summaries.of(access.requireVisible(user, id));
    }

    /** The titles of the agreements among the ids that the reader may see. */
    @Transactional(readOnly = true)
    public Map<Long, AgreementLabel> labels(Collection<Long> ids, CurrentUser reader) {
        Map<Long, AgreementLabel> labels = new HashMap<>();
        agreements.findAllById(ids).stream()
                .filter(a -> access.canSee(reader, a))
                .forEach(a -> labels.put(a.id(), label(a)));
        return labels;
    }

    private static AgreementLabel label(Agreement a) {
        return new AgreementLabel(
                a.id(),
                a.title(),
                a.signedOn(),
                a.parties().stream().map(Party::organizationId).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * Every agreement, draft or signed, that one of the organizations is a party to: the facts of
     * a check of who is close to whom (an award jury's conflicts of interest), never shown as such.
     */
    @Transactional(readOnly = true)
    public List<AgreementLabel> withAnyParty(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return agreements.findAllById(agreements.idsWithPartyIn(organizationIds)).stream()
                .map(AgreementQueries::label)
                .sorted(java.util.Comparator.comparingLong(AgreementLabel::id))
                .toList();
    }

    /** The ids of the agreements titled so in any language; for one-off data loads (reads every agreement). */
    @Transactional(readOnly = true)
    public Map<String, Long> idsByTitle(Collection<String> titles) {
        return LocalizedText.idsByText(titles, agreements.findAll(), Agreement::title, Agreement::id);
    }

    /** The agreement, to edit: refused to anyone who may not change it (not found to those who may not see it). */
    @Transactional(readOnly = true)
    public AgreementSummary getToEdit(long id, CurrentUser user) {
        return summaries.of(access.requireEditable(user, id));
    }

    /** The newest signed first unless another order is asked for; unsigned ones last. */
    private static Sort order(AgreementFilter.Sort sort) {
        if (sort == null) {
            return Sort.by(Sort.Order.desc("signedOn").nullsLast(), Sort.Order.desc("id"));
        }
        return switch (sort) {
            case SIGNED_OLDEST -> Sort.by(Sort.Order.asc("signedOn").nullsLast(), Sort.Order.asc("id"));
            case UPDATED -> Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
        };
    }

    @Transactional(readOnly = true)
    public ResultPage<AgreementSummary> list(AgreementFilter filter, int page, int size, CurrentUser user) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        Page<Agreement> found = agreements.findAll(
                visibleTo(user).and(matching(filter)),
                PageRequest.of(Math.max(0, page), pageSize, order(filter.sort())));
        return new ResultPage<>(
                summaries.of(found.getContent()), found.getNumber(), pageSize, found.getTotalElements());
    }

    /** Every agreement the filter selects that the user may see, for exports and reports. */
    @Transactional(readOnly = true)
    public List<AgreementSummary> all(AgreementFilter filter, CurrentUser user) {
        return summaries.of(agreements.findAll(visibleTo(user).and(matching(filter)), Sort.by("id")));
    }

    /**
     * Agreements with overdue reports that the user answers for: those of the organizations they
     * edit and of the alliances whose secretariat they are (admins: all).
     */
    @Transactional(readOnly = true)
    public List<AgreementSummary> overdue(CurrentUser user) {
        user.requireSignedIn();
        Specification<Agreement> reporting =
                (root, query, cb) -> root.get("status").in(AgreementStatus.ACTIVE, AgreementStatus.COMPLETED);
        return summaries.of(agreements.findAll(reporting.and(answeredFor(user, false)), Sort.by("id"))).stream()
                .filter(a -> !a.overdueReports().isEmpty())
                .toList();
    }

    /** What the user may see: public agreements, and the drafts of those they answer for. */
    private Specification<Agreement> visibleTo(CurrentUser user) {
        return answeredFor(user, true);
    }

    /**
     * The agreements the user answers for: of the organizations they edit and of the alliances whose
     * secretariat they are (admins: all); with the public ones too when asked.
     */
    private Specification<Agreement> answeredFor(CurrentUser user, boolean withPublic) {
        Set<Long> editorOf = user.admin() ? Set.of() : accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        Set<Long> secretariatOf = user.admin() ? Set.of() : accounts.scopes(user, Role.ALLIANCE_SECRETARIAT);
        return (root, query, cb) -> {
            if (user.admin()) {
                return cb.conjunction();
            }
            List<Predicate> any = new ArrayList<>();
            any.add(withPublic ? root.get("status").in(AgreementStatus.PUBLIC) : cb.disjunction());
            if (!secretariatOf.isEmpty()) {
                any.add(root.get("allianceId").in(secretariatOf));
                any.add(root.get("proposedAllianceId").in(secretariatOf));
            }
            if (!editorOf.isEmpty()) {
                any.add(partyMatches(root, query, cb, "organizationId", editorOf));
            }
            return cb.or(any.toArray(Predicate[]::new));
        };
    }

    private static Specification<Agreement> matching(AgreementFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
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
            if (filter.country() != null) {
                where.add(partyMatches(root, query, cb, "country", Set.of(filter.country())));
            }
            if (filter.type() != null) {
                Subquery<Long> typed = query.subquery(Long.class);
                Root<Agreement> agreement = typed.from(Agreement.class);
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
            Root<Agreement> root, CriteriaQuery<?> query, CriteriaBuilder cb, String attribute, Set<?> values) {
        Subquery<Long> sub = query.subquery(Long.class);
        Root<Agreement> agreement = sub.from(Agreement.class);
        Join<Agreement, Party> party = agreement.join("parties");
        sub.select(agreement.get("id"))
                .where(
                        cb.equal(agreement.get("id"), root.get("id")),
                        party.get(attribute).in(values));
        return cb.exists(sub);
    }
}
