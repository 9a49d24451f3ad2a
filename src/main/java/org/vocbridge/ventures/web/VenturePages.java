package org.vocbridge.ventures.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
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
import org.vocbridge.cooperation.AgreementLabel;
import org.vocbridge.cooperation.CooperationApi;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.spreadsheet.Spreadsheet;
import org.vocbridge.shared.spreadsheet.UnreadableSpreadsheetException;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.taxonomy.TaxonomyApi;
import org.vocbridge.ventures.NeedKind;
import org.vocbridge.ventures.PossibleDuplicatesException;
import org.vocbridge.ventures.VentureKind;
import org.vocbridge.ventures.VentureStage;
import org.vocbridge.ventures.domain.VentureFreshness;
import org.vocbridge.ventures.domain.VentureTransfer;
import org.vocbridge.ventures.domain.Ventures;

/**
 * The ventures' pages: the public list with its filters, a venture's profile, and the form of its
 * keepers, which shows the possible duplicates while it is filled in and again, with a box to say
 * "it is another venture", when they stopped the registration.
 */
@Controller
@RequestMapping("/ventures")
@RequiredArgsConstructor
class VenturePages {

    private final Ventures ventures;
    private final DirectoryApi directory;
    private final TaxonomyApi taxonomy;
    private final VentureFreshness freshness;
    private final VentureTransfer transfer;
    private final CooperationApi cooperation;

    @GetMapping
    String list(
            @ModelAttribute VentureQuery query,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        Ventures.Filter filter = query.filter();
        model.addAttribute("result", ventures.list(filter, query.page(), 20));
        model.addAttribute("filter", filter);
        model.addAttribute(
                "ventureMap", taxonomy.tileMap(ventures.countByCountry(filter.anywhere()), List.of(), locale));
        if (htmx != null) {
            return "ventures/ventures :: results";
        }
        addChoices(model);
        model.addAttribute("alliances", directory.alliances(locale));
        model.addAttribute("groups", taxonomy.countryGroups());
        model.addAttribute(
                "colleges", filter.college() == null ? List.of() : directory.organizations(List.of(filter.college())));
        return "ventures/ventures";
    }

    /** Admins: the ventures whose keepers did not confirm a group of fields in time. */
    @GetMapping("/stale")
    String stale(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        model.addAttribute("result", freshness.stale(user, page, 50));
        return "ventures/stale";
    }

    @GetMapping("/import")
    String importForm(CurrentUser user) {
        user.requireSignedIn();
        return "ventures/venture-import";
    }

    /** Checks a file of ventures, or imports it when asked to ({@code commit}); the report shows every problem. */
    @PostMapping("/import")
    String importFile(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean commit,
            @RequestParam(defaultValue = "false") boolean skipInvalid,
            CurrentUser user,
            Model model)
            throws IOException {
        user.requireSignedIn();
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
        return "ventures/venture-import";
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, Model model) {
        user.requireSignedIn();
        return form(model, VentureForm.empty(null), null, List.of(), user);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        return form(model, VentureForm.of(ventures.toKeep(user, id)), id, List.of(), user);
    }

    /**
     * The possible duplicates of what the form holds so far, shown above it while it is filled in;
     * a field that cannot be read yet (a half-typed date) is left out.
     */
    @GetMapping("/duplicates")
    String duplicates(
            @ModelAttribute("form") VentureForm form,
            BindingResult unreadable,
            @RequestParam(required = false) Long except,
            Model model) {
        model.addAttribute(
                "duplicates", form == null ? List.of() : ventures.possibleDuplicates(form.described(), except));
        return "ventures/venture-form :: duplicates";
    }

    /** Registers a venture, or saves the one with this id; its profile says it is saved. */
    @PostMapping({"", "/{id}"})
    String save(
            @PathVariable(required = false) Long id,
            @ModelAttribute("form") VentureForm form,
            BindingResult result,
            CurrentUser user,
            Model model) {
        user.requireSignedIn();
        // the keeper's right first, then the venture as read: the form does not carry its parent
        Long parentId = id == null ? null : ventures.toKeep(user, id).parentId();
        try {
            return FormErrors.submit(
                    result,
                    () -> "redirect:/ventures/"
                            + (id == null
                                            ? ventures.register(user, form.draft(null))
                                            : ventures.update(user, id, form.draft(parentId)))
                                    .id()
                            + "?saved",
                    () -> form(model, form, id, List.of(), user));
        } catch (PossibleDuplicatesException e) {
            return form(model, form, id, e.duplicates(), user);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, CurrentUser user) {
        ventures.delete(user, id);
        return "redirect:/ventures?deleted";
    }

    private String form(Model model, VentureForm form, Long id, List<?> stoppedBy, CurrentUser user) {
        FormErrors.show(model, "form", form);
        model.addAttribute("id", id);
        model.addAttribute("stoppedBy", stoppedBy);
        model.addAttribute("duplicates", stoppedBy);
        model.addAttribute("organizations", directory.organizations(form.organizations()));
        model.addAttribute("agreements", agreementChoices(form, user));
        addChoices(model);
        return "ventures/venture-form";
    }

    /** The signed agreements of the form's college and organization, and the one chosen already. */
    private List<AgreementLabel> agreementChoices(VentureForm form, CurrentUser user) {
        List<AgreementLabel> choices = new java.util.ArrayList<>(
                form.organizations().isEmpty()
                        ? List.of()
                        : cooperation.agreementsOf(null, form.organizations(), user, 20));
        if (form.agreementId() != null && choices.stream().noneMatch(a -> a.id() == form.agreementId())) {
            choices.addAll(cooperation
                    .agreementLabels(List.of(form.agreementId()), user)
                    .values());
        }
        return choices;
    }

    private void addChoices(Model model) {
        model.addAttribute("kinds", VentureKind.values());
        model.addAttribute("stages", VentureStage.values());
        model.addAttribute("isic", taxonomy.isic4());
        model.addAttribute(
                "goals", java.util.stream.IntStream.rangeClosed(1, 17).boxed().toList());
        model.addAttribute(
                "levels", java.util.stream.IntStream.rangeClosed(1, 9).boxed().toList());
        model.addAttribute("needKinds", NeedKind.values());
    }
}
