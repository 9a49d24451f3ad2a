package org.vocbridge.library.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.PersonLabel;
import org.vocbridge.library.Licence;
import org.vocbridge.library.ProducingAgreements;
import org.vocbridge.library.RelationType;
import org.vocbridge.library.ResourceKind;
import org.vocbridge.library.ResourceStatus;
import org.vocbridge.library.ResourceSummary;
import org.vocbridge.library.ResourceVisibility;
import org.vocbridge.library.domain.ResourceAccess;
import org.vocbridge.library.domain.ResourceFiles;
import org.vocbridge.library.domain.ResourceFilter;
import org.vocbridge.library.domain.ResourceQueries;
import org.vocbridge.library.domain.ResourceRelations;
import org.vocbridge.library.domain.Resources;
import org.vocbridge.library.domain.Review;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Flash;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.shared.web.PageLinks;
import org.vocbridge.taxonomy.TaxonomyApi;

/** Pages of the library: the filterable list, a resource with its versions, relations and chain, the forms. */
@Controller
@RequestMapping("/library")
@RequiredArgsConstructor
class LibraryPages {

    static final int PAGE_SIZE = 20;
    private static final int AUTHOR_OPTIONS = 300;

    private final ResourceQueries queries;
    private final Resources resources;
    private final ResourceAccess access;
    private final ResourceFiles files;
    private final ResourceRelations relations;
    private final DirectoryApi directory;
    private final AccountsApi accounts;
    private final ProducingAgreements producingAgreements;
    private final TaxonomyApi taxonomy;

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            ResourceFilter filter,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            CurrentUser user,
            Locale locale,
            Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("q", q);
        model.addAttribute("result", queries.find(q, filter, PageLinks.fromAddress(page), PAGE_SIZE, user));
        if (htmx != null) {
            return "library/resources :: results";
        }
        if (filter.alliance() != null) {
            model.addAttribute("allianceCounts", queries.publishedByKind(filter.alliance(), user));
        }
        model.addAttribute("kinds", ResourceKind.values());
        model.addAttribute("licences", Licence.values());
        model.addAttribute("sorts", ResourceFilter.Sort.values());
        model.addAttribute("statuses", ResourceStatus.values());
        model.addAttribute("alliances", directory.allianceNames(locale));
        model.addAttribute("countries", taxonomy.countries());
        return "library/resources";
    }

    /** Resources matching what was typed in the relation search, as options to choose from. */
    @GetMapping("/resource-options")
    String resourceOptions(@RequestParam(defaultValue = "") String q, CurrentUser user, Model model) {
        user.requireSignedIn();
        model.addAttribute(
                "options",
                queries.find(q, ResourceFilter.NONE, 0, PAGE_SIZE, user).items());
        return "library/resource :: resource-options";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        ResourceSummary resource = queries.get(id, user);
        model.addAttribute("resource", resource);
        model.addAttribute("versions", files.versions(user, id));
        model.addAttribute("relations", relations.of(user, id));
        model.addAttribute("chain", relations.chain(user, id));
        model.addAttribute("canEdit", access.canEdit(user, id));
        model.addAttribute("canReview", access.canReview(user, id));
        if (resource.translationOf() != null) {
            model.addAttribute(
                    "original",
                    queries.all(List.of(resource.translationOf()), user).stream()
                            .findFirst()
                            .orElse(null));
        }
        if (resource.allianceId() != null) {
            model.addAttribute("alliance", directory.alliance(resource.allianceId()));
        }
        if (resource.agreementId() != null) {
            producingAgreements
                    .title(resource.agreementId(), user)
                    .ifPresent(title -> model.addAttribute("agreementTitle", title));
        }
        model.addAttribute("relationTypes", RelationType.values());
        return "library/resource";
    }

    @GetMapping("/new")
    String createForm(
            @RequestParam(required = false) Long translationOf,
            @RequestParam(required = false) Long alliance,
            CurrentUser user,
            Locale locale,
            Model model) {
        user.requireSignedIn();
        Set<Long> editorOf = accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        Set<Long> owners = editorOf.size() == 1 ? editorOf : Set.of();
        return form(model, ResourceForm.empty(translationOf, alliance, owners), null, user, locale);
    }

    /** Records a resource, or saves the one with this id. */
    @PostMapping({"", "/{id}"})
    String save(
            @PathVariable(required = false) Long id,
            @ModelAttribute("form") ResourceForm form,
            BindingResult result,
            CurrentUser user,
            Locale locale,
            Model model) {
        return FormErrors.submit(
                result,
                () -> id == null
                        ? "redirect:/library/"
                                + resources.submit(user, form.draft()).id() + "?submitted"
                        : "redirect:/library/"
                                + resources.update(user, id, form.draft()).id() + "?saved",
                () -> form(model, form, id, user, locale));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Locale locale, Model model) {
        return form(model, ResourceForm.of(queries.getToEdit(id, user)), id, user, locale);
    }

    private String form(Model model, ResourceForm form, Long id, CurrentUser user, Locale locale) {
        FormErrors.show(model, "form", form);
        model.addAttribute("id", id);
        model.addAttribute("kinds", ResourceKind.values());
        model.addAttribute("licences", Licence.values());
        model.addAttribute("visibilities", ResourceVisibility.values());
        model.addAttribute("alliances", directory.alliances(locale));
        // owners to choose from: the organizations the user edits, and the current owners
        Set<Long> offered = new LinkedHashSet<>(accounts.scopes(user, Role.ORGANIZATION_EDITOR));
        if (form.owners() != null) {
            offered.addAll(form.owners());
        }
        model.addAttribute("ownerOptions", directory.organizations(offered));
        // authors to choose from: the directory's people, with the current authors first
        Map<Long, PersonLabel> authors = new LinkedHashMap<>();
        if (form.authors() != null) {
            authors.putAll(directory.personLabels(form.authors()));
        }
        directory.findPeople(null, AUTHOR_OPTIONS, locale).forEach(p -> authors.putIfAbsent(p.id(), p));
        model.addAttribute("authorOptions", authors.values());
        return "library/resource-form";
    }

    @PostMapping("/{id}/review")
    String review(
            @PathVariable long id,
            @RequestParam(required = false) Review.Decision decision,
            @RequestParam(required = false) String note,
            CurrentUser user,
            RedirectAttributes redirect) {
        Flash.run(redirect, "resource.reviewed", () -> resources.review(user, id, new Review(decision, note)));
        return "redirect:/library/" + id;
    }

    @PostMapping("/{id}/versions")
    String addVersion(
            @PathVariable long id,
            @RequestParam(required = false) String changeNote,
            @RequestParam("file") MultipartFile file,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        byte[] content = file.getBytes();
        Flash.run(
                redirect,
                "resource.versionAdded",
                () -> files.addVersion(
                        user,
                        id,
                        file.getOriginalFilename(),
                        content,
                        file.getContentType(),
                        changeNote == null || changeNote.isBlank()
                                ? Map.of()
                                : Map.of(locale.toLanguageTag(), changeNote)));
        return "redirect:/library/" + id + "#versions";
    }

    @GetMapping("/{id}/file")
    ResponseEntity<byte[]> latestFile(@PathVariable long id, CurrentUser user) {
        return LibraryApiController.file(files.download(user, id, null));
    }

    @GetMapping("/{id}/versions/{number}/file")
    ResponseEntity<byte[]> versionFile(@PathVariable long id, @PathVariable int number, CurrentUser user) {
        return LibraryApiController.file(files.download(user, id, number));
    }

    @PostMapping("/{id}/relations")
    String relate(
            @PathVariable long id,
            @RequestParam(required = false) RelationType type,
            @RequestParam(required = false) Long toId,
            CurrentUser user,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "resource.related",
                () -> relations.add(user, id, new ResourceRelations.RelationDraft(type, toId)));
        return "redirect:/library/" + id + "#relations";
    }
}
