package org.vocbridge.cooperation.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.vocbridge.cooperation.AgreementDocuments;
import org.vocbridge.cooperation.AgreementDraft;
import org.vocbridge.cooperation.AgreementFilter;
import org.vocbridge.cooperation.AgreementProgress;
import org.vocbridge.cooperation.AgreementService;
import org.vocbridge.cooperation.AgreementSummary;
import org.vocbridge.cooperation.OutputDraft;
import org.vocbridge.cooperation.ReportDraft;
import org.vocbridge.cooperation.Transition;
import org.vocbridge.cooperation.domain.AgreementStatus;
import org.vocbridge.cooperation.domain.CooperationType;
import org.vocbridge.cooperation.domain.DocumentVisibility;
import org.vocbridge.cooperation.domain.OutputKind;
import org.vocbridge.cooperation.domain.PartyRole;
import org.vocbridge.directory.AllianceService;
import org.vocbridge.directory.OrganizationFilter;
import org.vocbridge.directory.OrganizationService;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Flash;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.taxonomy.TaxonomyApi;

/** Pages for agreements: the filterable list, an agreement with everything about it, the forms. */
@Controller
@RequestMapping("/agreements")
class AgreementPages {

    static final int PAGE_SIZE = 20;

    private final AgreementService agreements;
    private final AgreementDocuments documents;
    private final AgreementProgress progress;
    private final OrganizationService organizations;
    private final AllianceService alliances;
    private final TaxonomyApi taxonomy;

    AgreementPages(
            AgreementService agreements,
            AgreementDocuments documents,
            AgreementProgress progress,
            OrganizationService organizations,
            AllianceService alliances,
            TaxonomyApi taxonomy) {
        this.agreements = agreements;
        this.documents = documents;
        this.progress = progress;
        this.organizations = organizations;
        this.alliances = alliances;
        this.taxonomy = taxonomy;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) Long alliance,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) CooperationType type,
            @RequestParam(required = false) AgreementStatus status,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            CurrentUser user,
            Locale locale,
            Model model) {
        AgreementFilter filter = new AgreementFilter(organization, alliance, country, type, status, year);
        model.addAttribute("filter", filter);
        model.addAttribute("result", agreements.list(filter, page, PAGE_SIZE, user));
        model.addAttribute("query", query(filter));
        if (htmx != null) {
            return "cooperation/agreements :: results";
        }
        model.addAttribute("types", CooperationType.values());
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("alliances", alliances.list(locale));
        model.addAttribute("countries", taxonomy.countries());
        return "cooperation/agreements";
    }

    /** The filter as query parameters, for the export links. */
    private static String query(AgreementFilter f) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("organization", f.organization());
        parts.put("alliance", f.alliance());
        parts.put("country", f.country());
        parts.put("type", f.type());
        parts.put("status", f.status());
        parts.put("year", f.year());
        List<String> query = new ArrayList<>();
        parts.forEach((k, v) -> {
            if (v != null && !v.toString().isBlank()) {
                query.add(k + "=" + java.net.URLEncoder.encode(v.toString(), java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return String.join("&", query);
    }

    @GetMapping("/overdue")
    String overdue(CurrentUser user, Model model) {
        model.addAttribute("overdue", agreements.overdue(user));
        return "cooperation/overdue";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        AgreementSummary agreement = agreements.get(id, user);
        boolean canEdit = agreements.canEdit(user, id);
        model.addAttribute("agreement", agreement);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("documents", documents.list(user, id));
        model.addAttribute("reports", progress.reports(user, id));
        model.addAttribute("outputs", progress.outputs(user, id));
        if (canEdit) {
            model.addAttribute("visibilities", DocumentVisibility.values());
            model.addAttribute("outputKinds", OutputKind.values());
            model.addAttribute("thisYear", java.time.Year.now().getValue());
        }
        return "cooperation/agreement";
    }

    @GetMapping("/new")
    String createForm(
            @RequestParam(required = false) Long alliance,
            @RequestParam(required = false) List<Long> organization,
            CurrentUser user,
            Locale locale,
            Model model) {
        user.requireSignedIn();
        return form(
                model, AgreementForm.empty(alliance, organization == null ? List.of() : organization), null, locale);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") AgreementForm form,
            BindingResult result,
            CurrentUser user,
            Locale locale,
            Model model) {
        if (!result.hasErrors()) {
            try {
                AgreementSummary created = agreements.create(user, form.draft());
                return "redirect:/agreements/" + created.id() + "?saved";
            } catch (InvalidInputException e) {
                FormErrors.add(result, e);
            }
        }
        return form(model, form, null, locale);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Locale locale, Model model) {
        AgreementSummary agreement = agreements.get(id, user);
        if (!agreements.canEdit(user, id)) {
            throw new AccessDeniedException("Not a party's editor");
        }
        return form(model, AgreementForm.of(agreement), id, locale);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") AgreementForm form,
            BindingResult result,
            CurrentUser user,
            Locale locale,
            Model model) {
        if (!result.hasErrors()) {
            try {
                agreements.update(user, id, form.draft());
                return "redirect:/agreements/" + id + "?saved";
            } catch (InvalidInputException e) {
                FormErrors.add(result, e);
            } catch (ConcurrentEditException e) {
                FormErrors.add(result, e);
            }
        }
        return form(model, form, id, locale);
    }

    private String form(Model model, AgreementForm form, Long id, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("types", CooperationType.values());
        model.addAttribute("roles", PartyRole.values());
        model.addAttribute("alliances", alliances.list(locale));
        model.addAttribute("fieldOptions", taxonomy.iscedF().all());
        // the organizations to choose parties from: the directory's first page by name, and the current parties
        List<OrganizationOption> options = new ArrayList<>();
        organizations
                .rows(OrganizationFilter.NONE, 0, OrganizationService.MAX_PAGE_SIZE, locale)
                .items()
                .forEach(o -> options.add(new OrganizationOption(o.id(), o.name(), o.country())));
        List<Long> chosen = form.parties() == null
                ? List.of()
                : form.parties().stream()
                        .filter(p -> p != null && p.organizationId() != null)
                        .map(AgreementForm.PartyRow::organizationId)
                        .filter(pid -> options.stream().noneMatch(o -> o.id() == pid))
                        .toList();
        organizations.all(chosen).forEach(o -> options.add(new OrganizationOption(o.id(), o.name(), o.country())));
        model.addAttribute("organizationOptions", options);
        return "cooperation/agreement-form";
    }

    @PostMapping("/{id}/transitions")
    String transition(
            @PathVariable long id,
            @RequestParam(required = false) AgreementStatus status,
            @RequestParam(required = false) java.time.LocalDate effectiveOn,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) java.time.LocalDate signedOn,
            @RequestParam(required = false) String signatories,
            @RequestParam(required = false) Long version,
            CurrentUser user,
            RedirectAttributes redirect) {
        AgreementDraft.Signing signing = new AgreementDraft.Signing(signedOn, Map.of(), signatories, Map.of());
        Flash.run(
                redirect,
                "agreement.moved",
                () -> agreements.transition(user, id, new Transition(status, effectiveOn, note, signing, version)));
        return "redirect:/agreements/" + id;
    }

    @PostMapping("/{id}/documents")
    String addDocument(
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) DocumentVisibility visibility,
            @RequestParam(required = false) String note,
            @RequestParam("file") MultipartFile file,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        byte[] content = file.getBytes();
        String tag = lang == null || lang.isBlank() ? locale.toLanguageTag() : lang;
        Flash.run(
                redirect,
                "document.saved",
                () -> documents.add(
                        user,
                        id,
                        new AgreementDocuments.Upload(
                                title == null || title.isBlank() ? Map.of() : Map.of(tag, title),
                                visibility,
                                file.getOriginalFilename(),
                                file.getContentType(),
                                content,
                                note)));
        return "redirect:/agreements/" + id + "#documents";
    }

    @PostMapping("/{id}/documents/{document}/versions")
    String addVersion(
            @PathVariable long id,
            @PathVariable long document,
            @RequestParam(required = false) String note,
            @RequestParam("file") MultipartFile file,
            CurrentUser user,
            RedirectAttributes redirect)
            throws IOException {
        byte[] content = file.getBytes();
        Flash.run(
                redirect,
                "document.saved",
                () -> documents.addVersion(
                        user,
                        id,
                        document,
                        new AgreementDocuments.Upload(
                                null, null, file.getOriginalFilename(), file.getContentType(), content, note)));
        return "redirect:/agreements/" + id + "#documents";
    }

    @GetMapping("/{id}/documents/{document}/versions/{number}")
    ResponseEntity<byte[]> download(
            @PathVariable long id, @PathVariable long document, @PathVariable int number, CurrentUser user) {
        return file(documents.download(user, id, document, number));
    }

    /** A stored document as an attachment, never rendered inline on our origin. */
    static ResponseEntity<byte[]> file(AgreementDocuments.Download download) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(download.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + download.sha256())
                .body(download.content());
    }

    @PostMapping("/{id}/reports")
    String report(
            @PathVariable long id,
            @ModelAttribute ReportDraft draft,
            @RequestParam(required = false) String narrativeText,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect) {
        ReportDraft withNarrative = new ReportDraft(
                draft.year(),
                draft.studentsEnrolled(),
                draft.graduates(),
                draft.teachersTrained(),
                draft.coursesDeveloped(),
                draft.standardsDeveloped(),
                draft.studyTourParticipants(),
                narrativeText == null || narrativeText.isBlank()
                        ? Map.of()
                        : Map.of(locale.toLanguageTag(), narrativeText),
                draft.version());
        Flash.run(redirect, "report.saved", () -> progress.report(user, id, withNarrative));
        return "redirect:/agreements/" + id + "#reports";
    }

    @PostMapping("/{id}/outputs")
    String addOutput(
            @PathVariable long id,
            @RequestParam(required = false) OutputKind kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String url,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "output.saved",
                () -> progress.addOutput(
                        user,
                        id,
                        new OutputDraft(
                                kind,
                                title == null || title.isBlank() ? Map.of() : Map.of(locale.toLanguageTag(), title),
                                year,
                                null,
                                null,
                                url)));
        return "redirect:/agreements/" + id + "#outputs";
    }

    /** An organization to choose as a party. */
    public record OrganizationOption(long id, org.vocbridge.shared.LocalizedText name, String country) {}
}
