package org.vocbridge.ventures.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.cooperation.AgreementLabel;
import org.vocbridge.cooperation.CooperationApi;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.MembershipSummary;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.taxonomy.TaxonomyApi;
import org.vocbridge.ventures.FieldGroup;
import org.vocbridge.ventures.Freshness;
import org.vocbridge.ventures.NeedKind;
import org.vocbridge.ventures.NeedStatus;
import org.vocbridge.ventures.PossibleDuplicate;
import org.vocbridge.ventures.PossibleDuplicatesException;
import org.vocbridge.ventures.VentureKind;
import org.vocbridge.ventures.VentureRegistered;
import org.vocbridge.ventures.VentureStage;
import org.vocbridge.ventures.VentureSummary;
import org.vocbridge.ventures.domain.VentureIdentity.LanguageAndName;

/** Ventures and innovations: read by everyone, registered by anyone signed in, kept by their keepers. */
@Service
@RequiredArgsConstructor
public class Ventures {

    public static final int MAX_PAGE_SIZE = 100;

    private final VentureRepository ventures;
    private final VentureChecks checks;
    private final VentureAccess access;
    private final PossibleDuplicates duplicates;
    private final DirectoryApi directory;
    private final ApplicationEventPublisher events;
    private final FreshnessRules rules;
    private final TaxonomyApi taxonomy;
    private final CooperationApi cooperation;

    /**
     * What a list of ventures is narrowed to; null fields narrow nothing.
     *
     * @param countryGroup a group of countries, such as SCO or ASEAN (its members today)
     * @param need a kind of need it still seeks help with
     * @param college the college its founders came from
     * @param alliance an alliance whose current members it is, or whose current members its founders came from
     * @param verifiedOnly only those with an outcome verified by their college or an alliance
     * @param freshOnly only those whose keepers confirmed every group of fields in time
     */
    public record Filter(
            String country,
            String countryGroup,
            VentureKind kind,
            VentureStage stage,
            Integer readinessLevel,
            String sector,
            Integer sdg,
            NeedKind need,
            Long college,
            Long alliance,
            boolean verifiedOnly,
            boolean freshOnly) {

        public Filter {
            country = country == null || country.isBlank()
                    ? null
                    : country.strip().toUpperCase(Locale.ROOT);
            countryGroup = countryGroup == null || countryGroup.isBlank() ? null : countryGroup.strip();
            sector = sector == null || sector.isBlank() ? null : sector.strip().toUpperCase(Locale.ROOT);
        }

        /** The filter without its country: what the map of where the ventures are shows. */
        public Filter anywhere() {
            return new Filter(
                    null,
                    null,
                    kind,
                    stage,
                    readinessLevel,
                    sector,
                    sdg,
                    need,
                    college,
                    alliance,
                    verifiedOnly,
                    freshOnly);
        }
    }

    @Transactional(readOnly = true)
    public ResultPage<VentureSummary> list(Filter filter, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
        var found = find(filter, request);
        return new ResultPage<>(
                summaries(found.getContent()),
                request.getPageNumber(),
                request.getPageSize(),
                found.getTotalElements());
    }

    /** How many ventures the filter finds in each country. */
    @Transactional(readOnly = true)
    public Map<String, Long> countByCountry(Filter filter) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        ventures.countByCountry(listed(filter))
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** Every venture the filter finds, as records, for figures over them (no summaries made). */
    List<Venture> every(Filter filter) {
        return ventures.list(listed(filter), org.springframework.data.domain.Pageable.unpaged())
                .getContent();
    }

    private org.springframework.data.domain.Page<Venture> find(Filter filter, PageRequest request) {
        return ventures.list(listed(filter), request);
    }

    private static final List<NeedStatus> SOUGHT = List.of(NeedStatus.OPEN, NeedStatus.IN_DISCUSSION);

    /** The filter as the query reads it. */
    private VentureListing listed(Filter filter) {
        // an alliance's members, or none at all (an id no organization has) for an alliance without any
        List<Long> members = filter.alliance() == null
                ? List.of()
                : directory.memberships(filter.alliance()).stream()
                        .filter(MembershipSummary::current)
                        .map(MembershipSummary::organizationId)
                        .toList();
        java.util.Set<String> countries = new java.util.HashSet<>();
        if (filter.countryGroup() != null) {
            countries.addAll(
                    taxonomy.requireCountryGroup(filter.countryGroup()).countriesOn(java.time.LocalDate.now()));
            if (filter.country() != null) {
                countries.retainAll(java.util.Set.of(filter.country()));
            }
        } else if (filter.country() != null) {
            countries.add(filter.country());
        }
        Instant now = Instant.now();
        return new VentureListing(
                filter.country() == null && filter.countryGroup() == null,
                countries.isEmpty() ? List.of("--") : countries,
                filter.kind(),
                filter.stage(),
                filter.readinessLevel(),
                filter.sector(),
                filter.sdg(),
                filter.college(),
                filter.alliance() == null,
                members.isEmpty() ? List.of(-1L) : members,
                filter.need(),
                SOUGHT,
                filter.verifiedOnly(),
                filter.freshOnly(),
                rules.cutoff(FieldGroup.PROFILE, now),
                rules.cutoff(FieldGroup.TEAM_AND_STAGE, now),
                rules.cutoff(FieldGroup.NEEDS, now),
                rules.cutoff(FieldGroup.FIGURES, now));
    }

    @Transactional(readOnly = true)
    public VentureSummary get(long id) {
        return summaries(List.of(access.require(id))).get(0);
    }

    /** The ventures that are the organization in the directory or that its graduates founded, newest first. */
    @Transactional(readOnly = true)
    public List<VentureSummary> ofOrganization(long organizationId) {
        return summaries(ventures.ofOrganization(organizationId));
    }

    @Transactional(readOnly = true)
    public List<VentureSummary> byIds(java.util.Collection<Long> ids) {
        return summaries(ventures.findAllById(ids));
    }

    /** Whether the user keeps the venture: its registrant, an editor of its organization or college, an admin. */
    @Transactional(readOnly = true)
    public boolean keeps(CurrentUser user, long id) {
        return access.canEdit(user, access.require(id));
    }

    /** The venture, for its keepers' form; refused to anyone else. */
    @Transactional(readOnly = true)
    public VentureSummary toKeep(CurrentUser user, long id) {
        Venture venture = access.require(id);
        access.requireKeeper(user, venture);
        return summaries(List.of(venture)).get(0);
    }

    /**
     * What tells a venture apart, as a duplicate check is asked for it.
     *
     * @param names the names it goes by, each either plain or as {@code tag:name} (such as {@code ru:Ядэа})
     */
    public record Described(
            List<String> names, String website, String country, String registrationNumber, Long organizationId) {

        /** A venture as written, its names in each language given as {@code tag:name}. */
        static Described of(VentureDraft d) {
            return new Described(
                    Stream.concat(
                                    d.name().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()),
                                    d.alsoKnownAs().stream())
                            .toList(),
                    d.website(),
                    d.country(),
                    d.registrationNumber(),
                    d.organizationId());
        }

        VentureIdentity identity() {
            return new VentureIdentity(
                    VentureIdentity.keysOf(names.stream()
                            .filter(n -> n != null && !n.isBlank())
                            .map(Described::languageAndName)),
                    VentureIdentity.hostOf(website),
                    VentureIdentity.registrationOf(country, registrationNumber),
                    organizationId);
        }

        private static LanguageAndName languageAndName(String name) {
            int colon = name.indexOf(':');
            if (colon > 0 && LocalizedText.isKnownLanguageTag(name.substring(0, colon))) {
                return new LanguageAndName(
                        LocalizedText.normalizeTag(name.substring(0, colon)), name.substring(colon + 1));
            }
            return new LanguageAndName(null, name);
        }
    }

    /** The ventures that may be the one described, leaving out the one with the id given (null for a new one). */
    @Transactional(readOnly = true)
    public List<PossibleDuplicate> possibleDuplicates(Described described, Long except) {
        return duplicates.of(described.identity(), except);
    }

    /** The other ventures that may be this one, for admins to merge. */
    @Transactional(readOnly = true)
    public List<PossibleDuplicate> duplicatesOf(long id) {
        return duplicates.of(access.require(id).identity(), id);
    }

    /**
     * Records a venture. When ventures already recorded may be the same one, it is not recorded
     * unless the draft says it was looked at and is another ({@code distinct}).
     */
    @Transactional
    public VentureSummary register(CurrentUser user, VentureDraft draft) {
        return register(user, draft, false);
    }

    @Transactional
    VentureSummary register(CurrentUser user, VentureDraft draft, boolean demo) {
        user.requireSignedIn();
        checks.check(draft, null, user);
        if (!draft.distinct()) {
            List<PossibleDuplicate> found = duplicates.of(Described.of(draft).identity(), null);
            if (!found.isEmpty()) {
                throw new PossibleDuplicatesException(found);
            }
        }
        Venture venture = new Venture(demo ? null : user.id(), demo);
        venture.apply(draft);
        ventures.save(venture);
        events.publishEvent(new VentureRegistered(venture.id(), venture.kind(), venture.country()));
        return summaries(List.of(venture)).get(0);
    }

    @Transactional
    public VentureSummary update(CurrentUser user, long id, VentureDraft draft) {
        Venture venture = access.require(id);
        access.requireKeeper(user, venture);
        InputCheck.requireVersion(draft.version());
        checks.check(draft, id, user);
        if (venture.version() != draft.version()) {
            throw new ConcurrentEditException("Venture", id);
        }
        venture.apply(draft);
        ventures.flush();
        return summaries(List.of(venture)).get(0);
    }

    @Transactional
    public void delete(CurrentUser user, long id) {
        Venture venture = access.require(id);
        access.requireKeeper(user, venture);
        ventures.delete(venture);
    }

    List<VentureSummary> summaries(List<Venture> found) {
        Instant now = Instant.now();
        Map<Long, OrganizationLabel> labels = directory.organizationLabels(found.stream()
                .flatMap(v -> Stream.of(v.organizationId(), v.collegeId()))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        // the agreements as the public sees them: a draft's title is its parties' own
        Map<Long, AgreementLabel> agreements = cooperation.agreementLabels(
                found.stream()
                        .map(Venture::agreementId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList(),
                CurrentUser.ANONYMOUS);
        return found.stream()
                .map(v -> new VentureSummary(
                        v.id(),
                        v.version(),
                        v.kind(),
                        v.parentId(),
                        LocalizedText.of(v.name()),
                        LocalizedText.of(v.pitch()),
                        v.alsoKnownAs(),
                        v.website(),
                        v.country(),
                        v.city(),
                        v.founded(),
                        v.legalForm(),
                        v.registrationNumber(),
                        v.sector(),
                        v.sdgs().stream().sorted().toList(),
                        v.stage(),
                        v.readinessLevel(),
                        v.organizationId() == null ? null : labels.get(v.organizationId()),
                        v.collegeId() == null ? null : labels.get(v.collegeId()),
                        v.agreementId() == null ? null : agreements.get(v.agreementId()),
                        List.copyOf(new java.util.TreeSet<>(v.codes().fields())),
                        List.copyOf(new java.util.TreeSet<>(v.codes().occupations())),
                        List.copyOf(new java.util.TreeSet<>(v.codes().escoOccupations())),
                        v.logoKey() == null
                                ? null
                                : "/ventures/" + v.id() + "/logo?v="
                                        + v.logoKey().substring(0, 12),
                        v.demo(),
                        v.createdAt(),
                        v.updatedAt(),
                        rules.of(v, now),
                        rules.of(v, now).stream().anyMatch(Freshness::stale)))
                .toList();
    }
}
