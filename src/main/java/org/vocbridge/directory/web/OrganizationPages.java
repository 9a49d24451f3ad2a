package org.vocbridge.directory.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
import org.vocbridge.directory.OrganizationFilter;
import org.vocbridge.directory.OrganizationKind;
import org.vocbridge.directory.OrganizationMentions;
import org.vocbridge.directory.OrganizationStatus;
import org.vocbridge.directory.OrganizationSummary;
import org.vocbridge.directory.domain.Alliances;
import org.vocbridge.directory.domain.Memberships;
import org.vocbridge.directory.domain.OrganizationSearch;
import org.vocbridge.directory.domain.OrganizationTransfer;
import org.vocbridge.directory.domain.Organizations;
import org.vocbridge.directory.domain.People;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.spreadsheet.Spreadsheet;
import org.vocbridge.shared.spreadsheet.UnreadableSpreadsheetException;
import org.vocbridge.shared.web.Downloads;
import org.vocbridge.shared.web.Flash;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.shared.web.PageLinks;
import org.vocbridge.taxonomy.TaxonomyApi;

/** Pages for organizations: the filterable list (htmx refreshes only the results), profile, forms. */
@Controller
@RequestMapping("/organizations")
@RequiredArgsConstructor
class OrganizationPages {

    static final int PAGE_SIZE = 20;

    private final Organizations organizations;
    private final OrganizationSearch search;
    private final OrganizationTransfer transfer;
    private final Alliances alliances;
    private final Memberships memberships;
    private final People people;
    private final TaxonomyApi taxonomy;
    private final List<OrganizationMentions> mentions;

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) OrganizationKind kind,
            @RequestParam(required = false) Long alliance,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) OrganizationFilter.Sort sort,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        OrganizationFilter filter = new OrganizationFilter(q, country, group, kind, alliance, field, null, sort);
        model.addAttribute("filter", filter);
        model.addAttribute("result", search.rows(filter, PageLinks.fromAddress(page), PAGE_SIZE, locale));
        if (htmx != null) {
            return "directory/organizations :: results";
        }
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("sorts", OrganizationFilter.Sort.values());
        model.addAttribute("groups", taxonomy.countryGroups());
        model.addAttribute("alliances", alliances.names(locale));
        return "directory/organizations";
    }

    /** Records of one kind that name the organization, with where to see them all. */
    record MentionList(String heading, String listUrl, List<OrganizationMentions.Mention> items) {}

    @GetMapping("/{id}")
    String detail(@PathVariable long id, CurrentUser user, Locale locale, Model model) {
        model.addAttribute("organization", organizations.get(id, user));
        // the records of other modules that name it: its agreements, its library resources
        model.addAttribute(
                "mentions",
                mentions.stream()
                        .map(m -> new MentionList(m.heading(), m.listUrl(id), m.of(id, user, locale)))
                        .filter(l -> !l.items().isEmpty())
                        .toList());
        model.addAttribute("canEdit", organizations.canEdit(user, id));
        model.addAttribute("memberships", memberships.ofOrganization(id));
        model.addAttribute("people", people.peopleOf(id));
        model.addAttribute("taxonomy", taxonomy);
        return "directory/organization";
    }

    /** The logo, served with its checked media type; browsers may keep it as its address changes with it. */
    @GetMapping("/{id}/logo")
    ResponseEntity<byte[]> logo(@PathVariable long id) {
        return organizations
                .logo(id)
                .map(logo -> Downloads.image(logo.mediaType(), logo.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/{id}/logo")
    String uploadLogo(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            CurrentUser user,
            RedirectAttributes redirect)
            throws IOException {
        byte[] content = file.getBytes();
        Flash.run(redirect, "logo.saved", () -> organizations.setLogo(user, id, content, file.getContentType()));
        return "redirect:/organizations/" + id;
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, OrganizationForm.empty(), null);
    }

    /** Records an organization, or saves the one with this id. */
    @PostMapping({"", "/{id}"})
    String save(
            @PathVariable(required = false) Long id,
            @ModelAttribute("form") OrganizationForm form,
            BindingResult result,
            CurrentUser user,
            Model model) {
        return FormErrors.submit(
                result,
                () -> "redirect:/organizations/"
                        + (id == null
                                        ? organizations.create(user, form.draft())
                                        : organizations.update(user, id, form.draft()))
                                .id()
                        + "?saved",
                () -> form(model, form, id));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        OrganizationSummary organization = organizations.get(id, user);
        if (!organizations.canEdit(user, id)) {
            throw new AccessDeniedException("Not an editor");
        }
        return form(model, OrganizationForm.of(organization), id);
    }

    private String form(Model model, OrganizationForm form, Long id) {
        FormErrors.show(model, "form", form);
        model.addAttribute("id", id);
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("statuses", OrganizationStatus.values());
        return "directory/organization-form";
    }

    @GetMapping("/import")
    String importForm() {
        return "directory/organization-import";
    }

    @PostMapping("/import")
    String importFile(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean commit,
            @RequestParam(defaultValue = "false") boolean skipInvalid,
            CurrentUser user,
            Model model)
            throws IOException {
        try {
            model.addAttribute(
                    "report",
                    transfer.importFile(
                            user,
                            file.getInputStream(),
                            Spreadsheet.Format.ofFileName(file.getOriginalFilename()),
                            !commit,
                            skipInvalid));
        } catch (UnreadableSpreadsheetException e) {
            model.addAttribute("fileError", e.code());
        }
        return "directory/organization-import";
    }
}
