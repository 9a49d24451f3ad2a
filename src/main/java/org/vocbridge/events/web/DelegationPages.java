package org.vocbridge.events.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.events.domain.DelegationDraft;
import org.vocbridge.events.domain.Delegations;
import org.vocbridge.events.domain.Delegations.DelegationSummary;
import org.vocbridge.events.domain.Events;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.shared.web.TranslationRow;

/**
 * The delegations of an event, for its organizers: each with its invitation code (and the link that
 * fills it in), its quota, places left and members holding a place; a delegation is added or
 * changed in the form below the list.
 */
@Controller
@RequestMapping("/events/{id}/delegations")
@RequiredArgsConstructor
class DelegationPages {

    private final Events events;
    private final Delegations delegations;
    private final DirectoryApi directory;

    /** A delegation as the form writes it; the name as translation rows. */
    record DelegationForm(List<TranslationRow> name, String country, Long organizationId, Integer quota) {

        static DelegationForm of(DelegationSummary d) {
            return new DelegationForm(TranslationRow.rows(d.name()), d.country(), d.organizationId(), d.quota());
        }

        DelegationDraft draft() {
            return new DelegationDraft(TranslationRow.toMap(name), country, organizationId, quota);
        }
    }

    /** The list; {@code edit} names the delegation the form changes (none: the form adds one). */
    @GetMapping
    String list(@PathVariable long id, @RequestParam(required = false) Long edit, CurrentUser user, Model model) {
        List<DelegationSummary> all = delegations.list(user, id);
        DelegationForm form = edit == null
                ? new DelegationForm(TranslationRow.rows(LocalizedText.EMPTY), null, null, null)
                : DelegationForm.of(all.stream()
                        .filter(d -> d.id() == edit)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("Delegation", edit)));
        return page(model, id, all, form, edit, user);
    }

    /** Adds a delegation, or changes the one with this id; back to the list. */
    @PostMapping({"", "/{delegationId}"})
    String save(
            @PathVariable long id,
            @PathVariable(required = false) Long delegationId,
            @ModelAttribute("form") DelegationForm form,
            BindingResult result,
            CurrentUser user,
            Model model) {
        return FormErrors.submit(
                result,
                () -> {
                    if (delegationId == null) {
                        delegations.create(user, id, form.draft());
                    } else {
                        delegations.update(user, id, delegationId, form.draft());
                    }
                    return "redirect:/events/" + id + "/delegations?saved";
                },
                () -> page(model, id, delegations.list(user, id), form, delegationId, user));
    }

    private String page(
            Model model, long id, List<DelegationSummary> all, DelegationForm form, Long editing, CurrentUser user) {
        FormErrors.show(model, "form", form);
        model.addAttribute("event", events.toOrganize(user, id));
        model.addAttribute("delegations", all);
        model.addAttribute("editing", editing);
        // the organizations named by the delegations and the form, for their names and the form's choice
        Map<Long, OrganizationLabel> organizations = directory.organizationLabels(
                Stream.concat(all.stream().map(DelegationSummary::organizationId), Stream.of(form.organizationId()))
                        .filter(Objects::nonNull)
                        .toList());
        model.addAttribute("organizations", organizations);
        return "events/delegations";
    }
}
