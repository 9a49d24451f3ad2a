package org.vocbridge.directory.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
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
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.OrganizationFilter;
import org.vocbridge.directory.PersonSummary;
import org.vocbridge.directory.domain.Appointments;
import org.vocbridge.directory.domain.OrganizationSearch;
import org.vocbridge.directory.domain.Organizations;
import org.vocbridge.directory.domain.People;
import org.vocbridge.directory.domain.PersonFilter;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Downloads;
import org.vocbridge.shared.web.Flash;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.shared.web.PageLinks;
import org.vocbridge.taxonomy.TaxonomyApi;

/** Pages for people and experts. */
@Controller
@RequestMapping("/people")
@RequiredArgsConstructor
class PersonPages {

    private final People people;
    private final Appointments appointments;
    private final Organizations organizations;
    private final OrganizationSearch search;
    private final AccountsApi accounts;
    private final TaxonomyApi taxonomy;

    @GetMapping
    String list(
            PersonFilter filter,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute(
                "result", people.list(filter, PageLinks.fromAddress(page), OrganizationPages.PAGE_SIZE, locale));
        if (htmx != null) {
            return "directory/people :: results";
        }
        return "directory/people";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        PersonSummary person = people.get(id, user);
        model.addAttribute("person", person);
        model.addAttribute("esco", taxonomy.escoOccupations(person.escoOccupations()));
        model.addAttribute("canEdit", people.canEdit(user, id));
        model.addAttribute("managedAlliances", accounts.scopes(user, Role.ALLIANCE_SECRETARIAT));
        model.addAttribute("taxonomy", taxonomy);
        return "directory/person";
    }

    /** The appointment letter, as a download; the service decides who may read it. */
    @GetMapping("/{id}/appointments/{appointmentId}/letter")
    ResponseEntity<byte[]> letter(@PathVariable long id, @PathVariable long appointmentId, CurrentUser user) {
        return appointments
                .letter(user, id, appointmentId)
                .map(letter -> Downloads.attachment(letter.fileName(), MediaType.APPLICATION_PDF)
                        .cacheControl(CacheControl.noStore())
                        .body(letter.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/{id}/appointments/{appointmentId}/letter")
    String attachLetter(
            @PathVariable long id,
            @PathVariable long appointmentId,
            @RequestParam("file") MultipartFile file,
            CurrentUser user,
            RedirectAttributes redirect)
            throws IOException {
        byte[] content = file.getBytes();
        Flash.run(
                redirect,
                "appointment.letterSaved",
                () -> appointments.attachLetter(
                        user, id, appointmentId, content, file.getContentType(), file.getOriginalFilename()));
        return "redirect:/people/" + id;
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, Model model) {
        return form(model, PersonForm.empty(), null, user);
    }

    /** Records a person, or saves the one with this id. */
    @PostMapping({"", "/{id}"})
    String save(
            @PathVariable(required = false) Long id,
            @ModelAttribute("form") PersonForm form,
            BindingResult result,
            CurrentUser user,
            Model model) {
        return FormErrors.submit(
                result,
                () -> "redirect:/people/"
                        + (id == null ? people.create(user, form.draft()) : people.update(user, id, form.draft())).id()
                        + "?saved",
                () -> form(model, form, id, user));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        if (!people.canEdit(user, id)) {
            throw new AccessDeniedException("Not an editor");
        }
        return form(model, PersonForm.of(people.get(id, user)), id, user);
    }

    private String form(Model model, PersonForm form, Long id, CurrentUser user) {
        FormErrors.show(model, "form", form);
        model.addAttribute("id", id);
        Set<Long> editable = user.admin() ? Set.of() : accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        model.addAttribute(
                "organizationOptions",
                user.admin()
                        ? search.list(OrganizationFilter.NONE, 0, OrganizationSearch.MAX_PAGE_SIZE, Locale.ENGLISH)
                                .items()
                        : organizations.all(editable));
        return "directory/person-form";
    }
}
