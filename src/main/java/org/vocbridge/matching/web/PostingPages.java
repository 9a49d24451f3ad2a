package org.vocbridge.matching.web;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.library.LibraryApi;
import org.vocbridge.library.ResourceSummary;
import org.vocbridge.matching.CefrLevel;
import org.vocbridge.matching.DemandKind;
import org.vocbridge.matching.PostingStatus;
import org.vocbridge.matching.TrainingModel;
import org.vocbridge.matching.domain.Demands;
import org.vocbridge.matching.domain.Offers;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;

/**
 * The forms that post and change demands and offers, for the organization's editors: the skills to
 * choose are suggested from the occupations named (ESCO's relations) as the form is filled in.
 */
@Controller
@RequiredArgsConstructor
class PostingPages {

    private final Demands demands;
    private final Offers offers;
    private final SkillChoices skillChoices;
    private final AccountsApi accounts;
    private final DirectoryApi directory;
    private final LibraryApi library;

    /** The most of an organization's library resources an offer form lists. */
    private static final int LIBRARY_CHOICES = 100;

    @GetMapping("/matching/demands/new")
    String newDemand(@RequestParam(required = false) Long organization, CurrentUser user, Model model, Locale locale) {
        user.requireSignedIn();
        return demandForm(model, DemandForm.empty(organizationFor(user, organization)), null, user, locale);
    }

    @GetMapping("/matching/demands/{id}/edit")
    String editDemand(@PathVariable long id, CurrentUser user, Model model, Locale locale) {
        return demandForm(model, DemandForm.of(demands.toEdit(user, id)), id, user, locale);
    }

    /** The skills to choose, for what the demand form holds so far (a field not readable yet left out). */
    @GetMapping("/matching/demands/skills")
    String demandSkills(@ModelAttribute("form") DemandForm form, BindingResult unreadable, Model model, Locale locale) {
        DemandForm shown = form == null ? DemandForm.empty(null) : form;
        model.addAttribute("skillChoices", skillChoices.of(shown.escoOccupations(), shown.chosenSkills(), locale));
        return "matching/skills :: choices(formId='#demand-form', demand=true)";
    }

    @PostMapping({"/matching/demands", "/matching/demands/{id}"})
    String saveDemand(
            @PathVariable(required = false) Long id,
            @ModelAttribute("form") DemandForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            Locale locale) {
        user.requireSignedIn();
        if (id != null) {
            demands.toEdit(user, id);
        }
        return FormErrors.submit(
                result,
                () -> "redirect:/matching/demands/"
                        + named(
                                        DemandForm.FIELDS,
                                        () -> id == null
                                                ? demands.create(user, form.draft())
                                                : demands.update(user, id, form.draft()))
                                .id()
                        + "?saved",
                () -> demandForm(model, form, id, user, locale));
    }

    @GetMapping("/matching/offers/new")
    String newOffer(@RequestParam(required = false) Long organization, CurrentUser user, Model model, Locale locale) {
        user.requireSignedIn();
        return offerForm(model, OfferForm.empty(organizationFor(user, organization)), null, user, locale);
    }

    @GetMapping("/matching/offers/{id}/edit")
    String editOffer(@PathVariable long id, CurrentUser user, Model model, Locale locale) {
        return offerForm(model, OfferForm.of(offers.toEdit(user, id)), id, user, locale);
    }

    /** The skills to tick, for what the offer form holds so far. */
    @GetMapping("/matching/offers/skills")
    String offerSkills(@ModelAttribute("form") OfferForm form, BindingResult unreadable, Model model, Locale locale) {
        OfferForm shown = form == null ? OfferForm.empty(null) : form;
        model.addAttribute("skillChoices", skillChoices.of(shown.escoOccupations(), shown.chosenSkills(), locale));
        return "matching/skills :: choices(formId='#offer-form', demand=false)";
    }

    @PostMapping({"/matching/offers", "/matching/offers/{id}"})
    String saveOffer(
            @PathVariable(required = false) Long id,
            @ModelAttribute("form") OfferForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            Locale locale) {
        user.requireSignedIn();
        if (id != null) {
            offers.toEdit(user, id);
        }
        return FormErrors.submit(
                result,
                () -> "redirect:/matching/offers/"
                        + named(
                                        OfferForm.FIELDS,
                                        () -> id == null
                                                ? offers.create(user, form.draft())
                                                : offers.update(user, id, form.draft()))
                                .id()
                        + "?saved",
                () -> offerForm(model, form, id, user, locale));
    }

    /** The organization a new demand or offer is for: the one asked for, or the only one the user edits. */
    private Long organizationFor(CurrentUser user, Long asked) {
        Set<Long> edited = accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        return asked != null || edited.size() != 1 ? asked : edited.iterator().next();
    }

    private String demandForm(Model model, DemandForm form, Long id, CurrentUser user, Locale locale) {
        DemandForm shown = form == null ? DemandForm.empty(null) : form;
        FormErrors.show(model, "form", shown);
        model.addAttribute("kinds", DemandKind.values());
        return posting(
                model,
                id,
                shown.organizationId(),
                shown.escoOccupations(),
                shown.chosenSkills(),
                user,
                locale,
                "matching/demand-form");
    }

    private String offerForm(Model model, OfferForm form, Long id, CurrentUser user, Locale locale) {
        OfferForm shown = form == null ? OfferForm.empty(null) : form;
        FormErrors.show(model, "form", shown);
        model.addAttribute("models", TrainingModel.values());
        model.addAttribute("libraryChoices", taughtFrom(shown, user));
        return posting(
                model,
                id,
                shown.organizationId(),
                shown.escoOccupations(),
                shown.chosenSkills(),
                user,
                locale,
                "matching/offer-form");
    }

    /**
     * The library resources an offer may be taught from, as the form lists them: the organization's
     * published standards, courses and curricula, and those the offer names already.
     */
    private List<ResourceSummary> taughtFrom(OfferForm form, CurrentUser user) {
        Set<Long> ids = new LinkedHashSet<>(form.resources() == null ? Set.of() : form.resources());
        ids.remove(null);
        if (form.organizationId() != null) {
            library.publishedOf(form.organizationId(), user, LIBRARY_CHOICES).forEach(hit -> ids.add(hit.id()));
        }
        return library.resources(ids, user).values().stream()
                .filter(r -> r.kind().isTaughtFrom())
                .sorted(Comparator.comparingLong(ResourceSummary::id))
                .toList();
    }

    /** What both forms show: the organizations the user may post for, the skills, levels and statuses. */
    private String posting(
            Model model,
            Long id,
            Long organizationId,
            String escoOccupations,
            Map<String, String> chosenSkills,
            CurrentUser user,
            Locale locale,
            String view) {
        Set<Long> organizations = new LinkedHashSet<>(accounts.scopes(user, Role.ORGANIZATION_EDITOR));
        if (organizationId != null) {
            organizations.add(organizationId);
        }
        model.addAttribute("id", id);
        model.addAttribute("organizations", directory.organizations(organizations));
        model.addAttribute("skillChoices", skillChoices.of(escoOccupations, chosenSkills, locale));
        model.addAttribute("levels", List.of(0, 1, 2, 3, 4, 5, 6, 7, 8));
        model.addAttribute("cefr", CefrLevel.values());
        model.addAttribute("statuses", PostingStatus.values());
        return view;
    }

    /**
     * Runs the write; the problems it finds with the profile are named by this form's fields (the
     * profile's checks name some fields alike for demands and offers).
     */
    private static <T> T named(Map<String, String> fields, Supplier<T> write) {
        try {
            return write.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> new InvalidInputException.FieldProblem(
                            fields.getOrDefault(p.field(), p.field().replaceFirst("^profile\\.", "")),
                            p.code(),
                            p.args()))
                    .toList());
        }
    }
}
