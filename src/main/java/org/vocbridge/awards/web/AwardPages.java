package org.vocbridge.awards.web;

import java.io.IOException;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.awards.EntrySubject;
import org.vocbridge.awards.domain.AwardAccess;
import org.vocbridge.awards.domain.AwardArchive;
import org.vocbridge.awards.domain.AwardCalls;
import org.vocbridge.awards.domain.AwardEntries;
import org.vocbridge.awards.domain.CallSummary;
import org.vocbridge.awards.domain.EntryFiles;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.OrganizationSummary;
import org.vocbridge.library.LibraryApi;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Flash;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.ventures.VenturesApi;

/** The awards pages: calls and their archive, a call with its rules and winners, entering a call. */
@Controller
@RequestMapping("/awards")
@RequiredArgsConstructor
class AwardPages {

    private static final int OPTIONS = 200;

    private final AwardCalls calls;
    private final AwardEntries entries;
    private final EntryFiles files;
    private final AwardArchive archive;
    private final AwardAccess access;
    private final AccountsApi accounts;
    private final DirectoryApi directory;
    private final LibraryApi library;
    private final VenturesApi ventures;

    /** Every call, or those handed over at a ceremony (an event session); found by a search in any language. */
    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long ceremony,
            CurrentUser user,
            Model model) {
        model.addAttribute(
                "calls",
                calls.all(user).stream()
                        .filter(c -> ceremony == null || ceremony.equals(c.ceremonySessionId()))
                        .toList());
        model.addAttribute("ceremony", ceremony);
        model.addAttribute(
                "mayOpen",
                user.admin()
                        || !accounts.scopes(user, Role.ALLIANCE_SECRETARIAT).isEmpty());
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("found", archive.search(q, user));
        }
        return "awards/calls";
    }

    @GetMapping("/{id}")
    String call(@PathVariable long id, CurrentUser user, Model model) {
        CallSummary call = calls.get(user, id);
        model.addAttribute("call", call);
        model.addAttribute("winners", entries.winners(id));
        model.addAttribute("mine", entries.mine(user, id));
        model.addAttribute("juror", access.isJuror(user, id));
        if (call.allianceId() != null) {
            model.addAttribute("alliance", directory.alliance(call.allianceId()));
        }
        return "awards/call";
    }

    @GetMapping("/{id}/enter")
    String enterForm(@PathVariable long id, CurrentUser user, Locale locale, Model model) {
        user.requireSignedIn();
        return form(model, calls.get(user, id), EntryForm.empty(locale.getLanguage()), user, locale);
    }

    @PostMapping("/{id}/enter")
    String enter(
            @PathVariable long id,
            @ModelAttribute("form") EntryForm form,
            BindingResult result,
            CurrentUser user,
            Locale locale,
            Model model) {
        CallSummary call = calls.get(user, id);
        return FormErrors.submit(
                result,
                () -> {
                    entries.enter(user, id, form.draft());
                    return "redirect:/awards/" + id + "?entered#mine";
                },
                () -> form(model, call, form, user, locale));
    }

    @PostMapping("/{id}/entries/{entryId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long entryId, CurrentUser user, RedirectAttributes redirect) {
        Flash.run(redirect, "award.withdrawn", () -> entries.withdraw(user, entryId));
        return "redirect:/awards/" + id + "#mine";
    }

    @PostMapping("/{id}/entries/{entryId}/files")
    String addFile(
            @PathVariable long id,
            @PathVariable long entryId,
            @RequestParam("file") MultipartFile file,
            CurrentUser user,
            RedirectAttributes redirect)
            throws IOException {
        byte[] content = file.getBytes();
        Flash.run(
                redirect,
                "award.fileAdded",
                () -> files.add(user, entryId, file.getOriginalFilename(), file.getContentType(), content));
        return "redirect:/awards/" + id + "#entry-" + entryId;
    }

    @PostMapping("/{id}/entries/{entryId}/files/{fileId}/delete")
    String removeFile(
            @PathVariable long id,
            @PathVariable long entryId,
            @PathVariable long fileId,
            CurrentUser user,
            RedirectAttributes redirect) {
        Flash.run(redirect, "award.fileRemoved", () -> files.remove(user, entryId, fileId));
        return "redirect:/awards/" + id + "#entry-" + entryId;
    }

    @GetMapping("/{id}/entries/{entryId}/files/{fileId}")
    ResponseEntity<byte[]> file(
            @PathVariable long id, @PathVariable long entryId, @PathVariable long fileId, CurrentUser user) {
        return AwardsApiController.download(files.download(user, entryId, fileId));
    }

    /** The form, with the records the user may enter grouped by kind: the choices offered, never a limit on what the API takes. */
    private String form(Model model, CallSummary call, EntryForm form, CurrentUser user, Locale locale) {
        FormErrors.show(model, "form", form);
        model.addAttribute("call", call);
        Set<Long> edited = accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        List<OrganizationSummary> organizations = directory.organizations(edited);
        Map<EntrySubject, Map<String, Object>> subjects = new LinkedHashMap<>();
        for (EntrySubject kind : EntrySubject.values()) {
            subjects.put(kind, new LinkedHashMap<>());
        }
        organizations.forEach(o -> {
            library.publishedOf(o.id(), user, OPTIONS)
                    .forEach(r -> subjects.get(EntrySubject.RESOURCE).put("RESOURCE:" + r.id(), r.title()));
            ventures.ofOrganization(o.id())
                    .forEach(v -> subjects.get(EntrySubject.VENTURE).put("VENTURE:" + v.id(), v.name()));
            subjects.get(EntrySubject.ORGANIZATION).put("ORGANIZATION:" + o.id(), o.name());
        });
        directory.findPeople(null, OPTIONS, locale).forEach(p -> subjects.get(EntrySubject.PERSON)
                .put("PERSON:" + p.id(), p.name()));
        model.addAttribute("subjects", subjects);
        model.addAttribute("nominators", organizations);
        return "awards/entry-form";
    }
}
