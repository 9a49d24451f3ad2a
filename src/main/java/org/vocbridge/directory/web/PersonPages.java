package org.vocbridge.directory.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.vocbridge.directory.OrganizationService;
import org.vocbridge.directory.PersonDraft;
import org.vocbridge.directory.PersonService;
import org.vocbridge.directory.PersonSummary;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.CodeList;
import org.vocbridge.shared.web.Flash;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.shared.web.TranslationRow;
import org.vocbridge.taxonomy.EscoOccupations;
import org.vocbridge.taxonomy.TaxonomyApi;

/** Pages for people and experts. */
@Controller
@RequestMapping("/people")
class PersonPages {

    private final PersonService people;
    private final OrganizationService organizations;
    private final AccountsApi accounts;
    private final TaxonomyApi taxonomy;
    private final EscoOccupations esco;

    PersonPages(
            PersonService people,
            OrganizationService organizations,
            AccountsApi accounts,
            TaxonomyApi taxonomy,
            EscoOccupations esco) {
        this.esco = esco;
        this.people = people;
        this.organizations = organizations;
        this.accounts = accounts;
        this.taxonomy = taxonomy;
    }

    /** The person page form; lists are separated by spaces or commas. */
    record PersonForm(
            List<TranslationRow> name,
            List<TranslationRow> position,
            List<TranslationRow> description,
            String country,
            String email,
            Set<Long> affiliations,
            Set<String> fields,
            String occupations,
            String escoOccupations,
            String keywords,
            String languages,
            Long version) {

        static PersonForm of(PersonSummary p) {
            return new PersonForm(
                    TranslationRow.rows(p.name()),
                    TranslationRow.rows(p.position()),
                    TranslationRow.rows(p.description()),
                    p.country(),
                    p.email(),
                    p.affiliations().stream()
                            .map(PersonSummary.Affiliation::organizationId)
                            .collect(java.util.stream.Collectors.toSet()),
                    p.fields(),
                    String.join(" ", p.occupations()),
                    String.join("\n", p.escoOccupations()),
                    String.join(", ", p.keywords()),
                    String.join(" ", p.languages()),
                    p.version());
        }

        static PersonForm empty() {
            List<TranslationRow> blank = TranslationRow.rows(LocalizedText.EMPTY);
            return new PersonForm(blank, blank, blank, null, null, Set.of(), Set.of(), "", "", "", "", null);
        }

        PersonDraft draft() {
            Set<String> keywordSet = keywords == null
                    ? Set.of()
                    : new java.util.LinkedHashSet<>(java.util.Arrays.stream(keywords.split("[,，;]"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList());
            return new PersonDraft(
                    TranslationRow.toMap(name),
                    TranslationRow.toMap(position),
                    TranslationRow.toMap(description),
                    country,
                    email,
                    affiliations == null ? Set.of() : affiliations,
                    fields == null ? Set.of() : fields,
                    CodeList.parse(occupations),
                    CodeList.parse(escoOccupations),
                    keywordSet,
                    CodeList.parse(languages),
                    version);
        }
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) Boolean expert,
            @RequestParam(required = false) String field,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        PersonService.Filter filter = new PersonService.Filter(q, country, null, expert, field);
        model.addAttribute("filter", filter);
        model.addAttribute("result", people.list(filter, page, OrganizationPages.PAGE_SIZE, locale));
        if (htmx != null) {
            return "directory/people :: results";
        }
        return "directory/people";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        PersonSummary person = people.get(id, user);
        model.addAttribute("person", person);
        model.addAttribute("esco", esco.all(person.escoOccupations()));
        model.addAttribute("canEdit", people.canEdit(user, id));
        model.addAttribute("managedAlliances", accounts.scopes(user, Role.ALLIANCE_SECRETARIAT));
        model.addAttribute("taxonomy", taxonomy);
        return "directory/person";
    }

    /** The appointment letter, as a download; the service decides who may read it. */
    @GetMapping("/{id}/appointments/{appointmentId}/letter")
    ResponseEntity<byte[]> letter(@PathVariable long id, @PathVariable long appointmentId, CurrentUser user) {
        return people.letter(user, id, appointmentId)
                .map(letter -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(letter.fileName(), StandardCharsets.UTF_8)
                                        .build()
                                        .toString())
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
                () -> people.attachLetter(
                        user, id, appointmentId, content, file.getContentType(), file.getOriginalFilename()));
        return "redirect:/people/" + id;
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, Model model) {
        return form(model, PersonForm.empty(), null, user);
    }

    @PostMapping
    String create(@ModelAttribute("form") PersonForm form, BindingResult result, CurrentUser user, Model model) {
        if (!result.hasErrors()) {
            try {
                PersonSummary created = people.create(user, form.draft());
                return "redirect:/people/" + created.id() + "?saved";
            } catch (InvalidInputException e) {
                FormErrors.add(result, e);
            }
        }
        return form(model, form, null, user);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        if (!people.canEdit(user, id)) {
            throw new org.springframework.security.access.AccessDeniedException("Not an editor");
        }
        return form(model, PersonForm.of(people.get(id, user)), id, user);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") PersonForm form,
            BindingResult result,
            CurrentUser user,
            Model model) {
        if (!result.hasErrors()) {
            try {
                people.update(user, id, form.draft());
                return "redirect:/people/" + id + "?saved";
            } catch (InvalidInputException e) {
                FormErrors.add(result, e);
            } catch (ConcurrentEditException e) {
                FormErrors.add(result, e);
            }
        }
        return form(model, form, id, user);
    }

    private String form(Model model, PersonForm form, Long id, CurrentUser user) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("countries", taxonomy.countries());
        model.addAttribute("fieldOptions", taxonomy.iscedF().all());
        Set<Long> editable = user.admin() ? Set.of() : accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        model.addAttribute(
                "organizationOptions",
                user.admin()
                        ? organizations
                                .list(org.vocbridge.directory.OrganizationFilter.NONE, 0, 100, Locale.ENGLISH)
                                .items()
                        : organizations.all(editable));
        return "directory/person-form";
    }
}
