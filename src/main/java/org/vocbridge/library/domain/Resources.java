package org.vocbridge.library.domain;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.library.ProducingAgreements;
import org.vocbridge.library.ResourcePublished;
import org.vocbridge.library.ResourceStatus;
import org.vocbridge.library.ResourceSummary;
import org.vocbridge.library.ResourceVisibility;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * The life of a resource: submitted and edited by its owners' editors, published or given back by
 * the alliance secretariat (or a platform admin).
 */
@Service
@RequiredArgsConstructor
public class Resources {

    static final int TEXT_MAX = 10_000;

    private final ResourceRepository resources;
    private final ResourceAccess access;
    private final ResourceSummaries summaries;
    private final DirectoryApi directory;
    private final ProducingAgreements agreements;
    private final AccountsApi accounts;
    private final TaxonomyApi taxonomy;
    private final ApplicationEventPublisher events;

    /** Submits a resource for review; the submitter must edit one of its owner organizations. */
    @Transactional
    public ResourceSummary submit(CurrentUser actor, ResourceDraft draft) {
        return submit(actor, draft, false);
    }

    @Transactional
    ResourceSummary submit(CurrentUser actor, ResourceDraft draft, boolean demo) {
        actor.requireSignedIn();
        check(actor, draft, null);
        ResourceAccess.Reader reader = access.reader(actor);
        if (!actor.admin() && draft.owners().stream().noneMatch(reader.editorOf()::contains)) {
            throw new AccessDeniedException("Only an owner's editor submits a resource");
        }
        Resource resource = new Resource(actor.username(), demo);
        resource.describe(draft, taxonomy.withEscoGroups(draft.codes()));
        resources.save(resource);
        ResourceSummary after = summaries.of(resource, reader);
        accounts.audit(actor, "submit", "resource", resource.id(), null, after);
        return after;
    }

    /** Edits a resource; one that was given back goes to the reviewer again. */
    @Transactional
    public ResourceSummary update(CurrentUser actor, long id, ResourceDraft draft) {
        Resource resource = access.requireOwned(actor, id);
        InputCheck.requireVersion(draft.version());
        if (!resource.isVersion(draft.version())) {
            throw new ConcurrentEditException("Resource", id);
        }
        check(actor, draft, id);
        ResourceAccess.Reader reader = access.reader(actor);
        if (!actor.admin() && draft.owners().stream().noneMatch(reader.editorOf()::contains)) {
            // an editor may not hand the resource over entirely to organizations they do not edit
            new InputCheck().reject("owners", "error.resource.keepOwner").throwIfAny();
        }
        ResourceSummary before = summaries.of(resource, reader);
        resource.describe(draft, taxonomy.withEscoGroups(draft.codes()));
        if (resource.status() == ResourceStatus.RETURNED) {
            resource.resubmit(actor.username());
        }
        resources.flush();
        ResourceSummary after = summaries.of(resource, reader);
        accounts.audit(actor, "update", "resource", id, before, after);
        return after;
    }

    /** The reviewer publishes a submitted resource, or gives it back (a published one too) with a note. */
    @Transactional
    public ResourceSummary review(CurrentUser actor, long id, Review review) {
        actor.requireSignedIn();
        Resource resource = access.requireVisible(actor, id);
        ResourceAccess.Reader reader = access.reader(actor);
        if (!reader.reviews(resource)) {
            throw new AccessDeniedException("Only the alliance secretariat reviews its resources");
        }
        InputCheck check =
                new InputCheck().require("decision", review.decision()).maxLength("note", review.note(), 2000);
        if (review.decision() == Review.Decision.PUBLISH && resource.status() != ResourceStatus.SUBMITTED) {
            check.reject("decision", "error.resource.notSubmitted");
        }
        if (review.decision() == Review.Decision.RETURN) {
            if (resource.status() == ResourceStatus.RETURNED) {
                check.reject("decision", "error.resource.returnedAlready");
            }
            if (review.note() == null) {
                check.reject("note", "error.resource.reasonRequired");
            }
        }
        check.throwIfAny();
        ResourceSummary before = summaries.of(resource, reader);
        if (review.decision() == Review.Decision.PUBLISH) {
            publish(actor, resource, review.note());
        } else {
            resource.giveBack(actor.username(), review.note());
        }
        resources.flush();
        ResourceSummary after = summaries.of(resource, reader);
        accounts.audit(
                actor,
                review.decision() == Review.Decision.PUBLISH ? "publish" : "return",
                "resource",
                id,
                before,
                after);
        return after;
    }

    /**
     * Catalogues a record another module keeps (an event's recording) for an actor that module has
     * checked: a new resource is published at once when the actor reviews it, otherwise submitted;
     * one catalogued before is described anew and keeps its review state.
     */
    @Transactional
    public long catalogue(CurrentUser actor, ResourceDraft draft, Long catalogued, boolean demo) {
        actor.requireSignedIn();
        check(actor, draft, catalogued);
        ResourceAccess.Reader reader = access.reader(actor);
        Resource resource =
                catalogued == null ? null : resources.findById(catalogued).orElse(null);
        ResourceSummary before = resource == null ? null : summaries.of(resource, reader);
        if (resource == null) {
            resource = new Resource(actor.username(), demo);
        }
        resource.describe(draft, taxonomy.withEscoGroups(draft.codes()));
        resources.saveAndFlush(resource);
        if (before == null && reader.reviews(resource)) {
            publish(actor, resource, null);
            resources.flush();
        }
        accounts.audit(
                actor,
                before == null ? "submit" : "update",
                "resource",
                resource.id(),
                before,
                summaries.of(resource, reader));
        return resource.id();
    }

    private void publish(CurrentUser actor, Resource resource, String note) {
        resource.publish(actor.username(), note);
        events.publishEvent(new ResourcePublished(
                resource.id(),
                resource.kind(),
                resource.title(),
                resource.agreementId(),
                resource.publishedAt().atZone(ZoneOffset.UTC).getYear()));
    }

    private void check(CurrentUser actor, ResourceDraft draft, Long id) {
        InputCheck check = new InputCheck().require("kind", draft.kind()).require("licence", draft.licence());
        if (draft.title() == null || draft.title().values().stream().allMatch(t -> t == null || t.isBlank())) {
            check.reject("title", "error.required");
        }
        check.localized("title", draft.title(), 500);
        check.localized("summary", draft.summary(), TEXT_MAX);
        if (draft.language() == null) {
            check.reject("language", "error.required");
        } else if (!LocalizedText.isKnownLanguageTag(draft.language())) {
            check.reject("language", "error.languageTag", draft.language());
        }
        Set<Long> owners = draft.owners();
        if (owners.isEmpty()) {
            check.reject("owners", "error.resource.ownerRequired");
        } else if (directory.organizationLabels(owners).size() != owners.size()) {
            check.reject("owners", "error.organization.unknown");
        }
        if (draft.authors().size() > 50) {
            check.reject("authors", "error.tooMany", 50);
        } else if (directory.personLabels(draft.authors()).size()
                != draft.authors().size()) {
            check.reject("authors", "error.person.unknown");
        }
        if (draft.allianceId() != null) {
            if (!directory.allianceExists(draft.allianceId())) {
                check.reject("allianceId", "error.alliance.unknown");
            }
        } else if (draft.visibility() == ResourceVisibility.MEMBERS) {
            check.reject("allianceId", "error.resource.membersNeedAlliance");
        }
        if (draft.agreementId() != null && !agreements.visibleTo(draft.agreementId(), actor)) {
            check.reject("agreementId", "error.agreement.unknown");
        }
        if (draft.translationOf() != null) {
            checkOriginal(check, actor, draft, id);
        }
        if (draft.educationLevel() != null && !draft.educationLevel().matches("[0-8]")) {
            check.reject("educationLevel", "error.resource.level");
        }
        if (draft.durationHours() != null && (draft.durationHours() < 1 || draft.durationHours() > 20_000)) {
            check.reject("durationHours", "error.number.range", 1, 20_000);
        }
        if (draft.credits() != null
                && (draft.credits().signum() <= 0 || draft.credits().compareTo(BigDecimal.valueOf(1000)) > 0)) {
            check.reject("credits", "error.resource.credits", 1000);
        }
        check.allKnown("countries", draft.countries(), taxonomy::isCountry, "error.country.unknown");
        taxonomy.check(check, draft.codes());
        List<ResourceSummary.Link> links = draft.links();
        if (links.size() > 20) {
            check.reject("links", "error.resource.tooManyLinks", 20);
        }
        for (int i = 0; i < links.size(); i++) {
            ResourceSummary.Link link = links.get(i);
            if (link == null
                    || link.url() == null
                    || !link.url().matches("(?i)https?://[^\\s<>\"]+|/(?!/)[^\\s<>\"]*")) {
                check.reject("links[" + i + "].url", "error.website");
            } else {
                check.maxLength("links[" + i + "].url", link.url(), 300);
                check.maxLength("links[" + i + "].label", link.label(), 200);
            }
        }
        check.throwIfAny();
    }

    /** A translation names an original the actor may see, which is no translation itself, in another language. */
    private void checkOriginal(InputCheck check, CurrentUser actor, ResourceDraft draft, Long id) {
        Resource original = resources.findById(draft.translationOf()).orElse(null);
        if (original == null
                || !access.reader(actor).sees(original)
                || draft.translationOf().equals(id)) {
            check.reject("translationOf", "error.resource.unknown");
        } else if (original.translationOf() != null) {
            check.reject("translationOf", "error.resource.translationOfTranslation");
        } else if (draft.language() != null
                && LocalizedText.isValidTag(draft.language())
                && original.contentLanguage().equals(LocalizedText.normalizeTag(draft.language()))) {
            check.reject("language", "error.resource.sameLanguage");
        }
    }
}
