package org.vocbridge.ventures.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.MembershipSummary;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;
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

    /**
     * What a list of ventures is narrowed to; null fields narrow nothing.
     *
     * @param college the college its founders came from
     * @param alliance an alliance whose current members it is, or whose current members its founders came from
     */
    public record Filter(
            String country,
            VentureKind kind,
            VentureStage stage,
            String sector,
            Integer sdg,
            Long college,
            Long alliance) {}

    @Transactional(readOnly = true)
    public ResultPage<VentureSummary> list(Filter filter, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
        // an alliance's members, or none at all (an id no organization has) for an alliance without any
        List<Long> members = filter.alliance() == null
                ? List.of()
                : directory.memberships(filter.alliance()).stream()
                        .filter(MembershipSummary::current)
                        .map(MembershipSummary::organizationId)
                        .toList();
        var found = ventures.list(
                filter.country(),
                filter.kind(),
                filter.stage(),
                filter.sector(),
                filter.sdg(),
                filter.college(),
                filter.alliance() == null,
                members.isEmpty() ? List.of(-1L) : members,
                request);
        return new ResultPage<>(
                summaries(found.getContent()),
                request.getPageNumber(),
                request.getPageSize(),
                found.getTotalElements());
    }

    @Transactional(readOnly = true)
    public VentureSummary get(long id) {
        return summaries(List.of(require(id))).get(0);
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
        return access.canEdit(user, require(id));
    }

    /** The venture, for its keepers' form; refused to anyone else. */
    @Transactional(readOnly = true)
    public VentureSummary toKeep(CurrentUser user, long id) {
        Venture venture = require(id);
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
        checks.check(draft, null);
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
        Venture venture = require(id);
        access.requireKeeper(user, venture);
        InputCheck.requireVersion(draft.version());
        checks.check(draft, id);
        if (venture.version() != draft.version()) {
            throw new ConcurrentEditException("Venture", id);
        }
        venture.apply(draft);
        ventures.flush();
        return summaries(List.of(venture)).get(0);
    }

    @Transactional
    public void delete(CurrentUser user, long id) {
        Venture venture = require(id);
        access.requireKeeper(user, venture);
        ventures.delete(venture);
    }

    private Venture require(long id) {
        return ventures.findById(id).orElseThrow(() -> new NotFoundException("Venture", id));
    }

    private List<VentureSummary> summaries(List<Venture> found) {
        Map<Long, OrganizationLabel> labels = directory.organizationLabels(found.stream()
                .flatMap(v -> Stream.of(v.organizationId(), v.collegeId()))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
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
                        v.demo(),
                        v.createdAt(),
                        v.updatedAt()))
                .toList();
    }
}
