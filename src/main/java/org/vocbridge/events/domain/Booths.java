package org.vocbridge.events.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.cooperation.AgreementLabel;
import org.vocbridge.cooperation.CooperationApi;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.events.SessionSummary;
import org.vocbridge.library.LibraryApi;
import org.vocbridge.library.ResourceSummary;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.ventures.VentureKind;
import org.vocbridge.ventures.VentureSummary;
import org.vocbridge.ventures.VenturesApi;

/**
 * An event's online exhibition: its organizers give a booth to an organization (one each), and that
 * organization's editors arrange it with the library resources it owns, the agreements it is a
 * party to and its ventures (those that are it, and those its graduates founded). Everyone sees the booths, each with what the reader may see of its links.
 */
@Service
@RequiredArgsConstructor
public class Booths {

    static final int MAX_LINKS = 30;

    private final BoothRepository booths;
    private final EventRepository events;
    private final EventAccess access;
    private final DirectoryApi directory;
    private final LibraryApi library;
    private final CooperationApi cooperation;
    private final VenturesApi ventures;

    /**
     * A booth as shown.
     *
     * @param resources the library resources it shows that the reader may see, in its order
     * @param agreements the agreements it shows that the reader may see, in its order
     * @param ventures the ventures it shows, in its order
     * @param arrangeable whether the reader may change it (the event's organizers, the organization's editors)
     */
    public record BoothSummary(
            long id,
            long version,
            long eventId,
            OrganizationLabel organization,
            LocalizedText title,
            LocalizedText description,
            List<SessionSummary.Material> resources,
            List<AgreementLabel> agreements,
            List<BoothVenture> ventures,
            Instant updatedAt,
            boolean arrangeable) {}

    /** A venture a booth shows. */
    public record BoothVenture(long ventureId, LocalizedText name, VentureKind kind) {}

    @Transactional(readOnly = true)
    public List<BoothSummary> list(long eventId, CurrentUser reader) {
        Event event = events.findById(eventId).orElseThrow(() -> new NotFoundException("Event", eventId));
        List<Booth> found = booths.findByEventIdOrderById(eventId);
        Map<Long, OrganizationLabel> organizations = directory.organizationLabels(
                found.stream().map(Booth::organizationId).toList());
        Map<Long, AgreementLabel> agreements = cooperation.agreementLabels(
                found.stream().flatMap(b -> b.agreements().stream()).distinct().toList(), reader);
        Map<Long, ResourceSummary> resources = library.resources(
                found.stream().flatMap(b -> b.resources().stream()).distinct().toList(), reader);
        Map<Long, VentureSummary> shownVentures =
                ventures
                        .byIds(found.stream()
                                .flatMap(b -> b.ventures().stream())
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(VentureSummary::id, v -> v));
        boolean organizer = access.canEdit(reader, event);
        Set<Long> editorOf = access.editorOf(reader);
        return found.stream()
                .map(b -> new BoothSummary(
                        b.id(),
                        b.version(),
                        eventId,
                        organizations.get(b.organizationId()),
                        LocalizedText.of(b.title()),
                        LocalizedText.of(b.description()),
                        b.resources().stream()
                                .map(resources::get)
                                .filter(Objects::nonNull)
                                .map(r -> new SessionSummary.Material(r.id(), r.title()))
                                .toList(),
                        b.agreements().stream()
                                .map(agreements::get)
                                .filter(Objects::nonNull)
                                .toList(),
                        b.ventures().stream()
                                .map(shownVentures::get)
                                .filter(Objects::nonNull)
                                .map(v -> new BoothVenture(v.id(), v.name(), v.kind()))
                                .toList(),
                        b.updatedAt(),
                        organizer || editorOf.contains(b.organizationId())))
                .toList();
    }

    /** How many booths the event's exhibition has. */
    @Transactional(readOnly = true)
    public long count(long eventId) {
        return booths.countByEventId(eventId);
    }

    /** Gives a booth to an organization: the event's organizers. */
    @Transactional
    public BoothSummary create(CurrentUser user, long eventId, BoothDraft draft) {
        access.requireOrganizer(user, eventId);
        InputCheck check = new InputCheck().require("organizationId", draft.organizationId());
        if (draft.organizationId() != null) {
            if (directory.organizationLabels(List.of(draft.organizationId())).isEmpty()) {
                check.reject("organizationId", "error.organization.unknown");
            } else if (booths.existsByEventIdAndOrganizationId(eventId, draft.organizationId())) {
                check.reject("organizationId", "error.booth.taken");
            } else {
                checkContent(check, user, draft, draft.organizationId());
            }
        }
        check.throwIfAny();
        Booth booth = new Booth(eventId, draft.organizationId());
        booth.apply(draft);
        booths.saveAndFlush(booth);
        return one(user, eventId, booth.id());
    }

    /** Arranges a booth: the event's organizers or the organization's editors; its organization stays. */
    @Transactional
    public BoothSummary update(CurrentUser user, long eventId, long boothId, BoothDraft draft) {
        Booth booth = requireArrangeable(user, eventId, boothId);
        InputCheck.requireVersion(draft.version());
        if (draft.version() != booth.version()) {
            throw new ConcurrentEditException("Booth", boothId);
        }
        InputCheck check = new InputCheck();
        if (draft.organizationId() != null && draft.organizationId() != booth.organizationId()) {
            check.reject("organizationId", "error.booth.organizationFixed");
        }
        checkContent(check, user, draft, booth.organizationId());
        check.throwIfAny();
        booth.apply(draft);
        booths.saveAndFlush(booth);
        return one(user, eventId, boothId);
    }

    /** Closes a booth: the event's organizers. */
    @Transactional
    public void delete(CurrentUser user, long eventId, long boothId) {
        access.requireOrganizer(user, eventId);
        booths.delete(find(eventId, boothId));
    }

    private Booth requireArrangeable(CurrentUser user, long eventId, long boothId) {
        user.requireSignedIn();
        Booth booth = find(eventId, boothId);
        Event event = events.findById(eventId).orElseThrow(() -> new NotFoundException("Event", eventId));
        if (!access.canEdit(user, event) && !access.editorOf(user).contains(booth.organizationId())) {
            throw new AccessDeniedException("Neither an organizer of the event nor an editor of the organization");
        }
        return booth;
    }

    private Booth find(long eventId, long boothId) {
        return booths.findById(boothId)
                .filter(b -> b.eventId() == eventId)
                .orElseThrow(() -> new NotFoundException("Booth", boothId));
    }

    private BoothSummary one(CurrentUser user, long eventId, long boothId) {
        return list(eventId, user).stream()
                .filter(b -> b.id() == boothId)
                .findFirst()
                .orElseThrow();
    }

    /** What the booth shows must be the organization's own: resources it owns, agreements it signed. */
    private void checkContent(InputCheck check, CurrentUser user, BoothDraft d, long organizationId) {
        check.requireText("title", d.title());
        check.localized("title", d.title(), EventChecks.TITLE_MAX);
        check.localized("description", d.description(), EventChecks.TEXT_MAX);
        if (d.resources().size() > MAX_LINKS) {
            check.reject("resources", "error.booth.tooMany", MAX_LINKS);
        }
        if (d.agreements().size() > MAX_LINKS) {
            check.reject("agreements", "error.booth.tooMany", MAX_LINKS);
        }
        if (d.ventures().size() > MAX_LINKS) {
            check.reject("ventures", "error.booth.tooMany", MAX_LINKS);
        }
        if (check.hasProblems()) {
            return;
        }
        Map<Long, ResourceSummary> resources = library.resources(
                d.resources().stream().filter(Objects::nonNull).toList(), user);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < d.resources().size(); i++) {
            ResourceSummary resource = resources.get(d.resources().get(i));
            boolean own = resource != null
                    && seen.add(resource.id())
                    && resource.owners().stream().anyMatch(o -> o.id() == organizationId);
            if (!own) {
                check.reject("resources[" + i + "]", "error.booth.resource");
            }
        }
        Map<Long, AgreementLabel> agreements = cooperation.agreementLabels(
                d.agreements().stream().filter(Objects::nonNull).toList(), user);
        seen.clear();
        for (int i = 0; i < d.agreements().size(); i++) {
            Long id = d.agreements().get(i);
            AgreementLabel label = id == null ? null : agreements.get(id);
            if (label == null || !seen.add(id) || !label.parties().contains(organizationId)) {
                check.reject("agreements[" + i + "]", "error.booth.agreement");
            }
        }
        Set<Long> own = ventures.ofOrganization(organizationId).stream()
                .map(VentureSummary::id)
                .collect(Collectors.toSet());
        seen.clear();
        for (int i = 0; i < d.ventures().size(); i++) {
            Long id = d.ventures().get(i);
            if (id == null || !own.contains(id) || !seen.add(id)) {
                check.reject("ventures[" + i + "]", "error.booth.venture");
            }
        }
    }
}
