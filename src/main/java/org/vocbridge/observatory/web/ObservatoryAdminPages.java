package org.vocbridge.observatory.web;

import java.util.Locale;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.observatory.IndicatorSummary;
import org.vocbridge.observatory.domain.CountryStewards;
import org.vocbridge.observatory.domain.Indicators;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.taxonomy.TaxonomyApi;

/** Admins define indicators and appoint each country's data stewards. */
@Controller
@RequestMapping("/admin/observatory")
@RequiredArgsConstructor
class ObservatoryAdminPages {

    private final Indicators indicators;
    private final CountryStewards stewards;
    private final TaxonomyApi taxonomy;

    @GetMapping("/indicators/new")
    String newIndicator(CurrentUser user, Model model) {
        user.requireAdmin();
        return formPage(model, IndicatorForm.empty(indicators.combinationLimit()), null);
    }

    @GetMapping("/indicators/{code}")
    String editIndicator(@PathVariable String code, CurrentUser user, Model model) {
        user.requireAdmin();
        IndicatorSummary indicator = indicators.get(code);
        return formPage(model, IndicatorForm.of(indicator), indicator);
    }

    @PostMapping("/indicators")
    String saveIndicator(
            @ModelAttribute("form") IndicatorForm form,
            BindingResult result,
            @RequestParam(required = false) String editing,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        IndicatorSummary existing = editing == null || editing.isBlank() ? null : indicators.get(editing);
        return FormErrors.submit(
                result,
                () -> {
                    IndicatorSummary saved = existing == null
                            ? indicators.define(user, form.draft())
                            : indicators.update(user, existing.code(), form.draft());
                    redirect.addFlashAttribute("notice", "observatory.indicator.saved");
                    return "redirect:/observatory/indicators/" + saved.code();
                },
                () -> formPage(model, form, existing));
    }

    private String formPage(Model model, IndicatorForm form, IndicatorSummary editing) {
        FormErrors.show(model, "form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("dimensions", indicators.dimensions());
        model.addAttribute("groups", taxonomy.countryGroups());
        model.addAttribute("limit", indicators.combinationLimit());
        return "observatory/indicator-form";
    }

    @GetMapping("/stewards")
    String stewards(@RequestParam(required = false) String country, CurrentUser user, Model model) {
        user.requireAdmin();
        return stewardsPage(country, model);
    }

    private String stewardsPage(String country, Model model) {
        String code =
                country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        model.addAttribute("countries", taxonomy.countries());
        model.addAttribute("country", code);
        model.addAttribute(
                "stewards", code != null && taxonomy.isCountry(code) ? stewards.of(code) : java.util.List.of());
        if (!model.containsAttribute("appointment")) {
            model.addAttribute("appointment", new AppointmentForm("", code));
        }
        return "observatory/stewards";
    }

    /** Who to make a country's data steward. */
    record AppointmentForm(String username, String country) {}

    @PostMapping("/stewards")
    String appoint(
            @ModelAttribute("appointment") AppointmentForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    var steward = stewards.appoint(user, form.username(), form.country());
                    redirect.addFlashAttribute("notice", "observatory.steward.appointed");
                    return "redirect:/admin/observatory/stewards?country="
                            + form.country().strip().toUpperCase(Locale.ROOT) + "#steward-" + steward.userId();
                },
                () -> stewardsPage(form.country(), model));
    }

    @PostMapping("/stewards/{country}/{userId}/dismiss")
    String dismiss(
            @PathVariable String country, @PathVariable long userId, CurrentUser user, RedirectAttributes redirect) {
        String code = country.strip().toUpperCase(Locale.ROOT);
        stewards.dismiss(user, code, userId);
        redirect.addFlashAttribute("notice", "observatory.steward.dismissed");
        return "redirect:/admin/observatory/stewards?country=" + code;
    }
}
