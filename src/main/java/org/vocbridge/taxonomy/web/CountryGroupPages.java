package org.vocbridge.taxonomy.web;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.taxonomy.TaxonomyApi;
import org.vocbridge.taxonomy.domain.CountryGroups;

/** The country groups with who belongs now and who belonged when; admins edit them here. */
@Controller
@RequiredArgsConstructor
class CountryGroupPages {

    private final TaxonomyApi taxonomy;
    private final CountryGroups groups;

    @GetMapping("/country-groups")
    String list(Model model) {
        model.addAttribute("groups", taxonomy.countryGroups());
        model.addAttribute("today", LocalDate.now());
        return "taxonomy/country-groups";
    }

    @GetMapping("/admin/country-groups/new")
    String createForm(CurrentUser user, Model model) {
        user.requireAdmin();
        return form(model, CountryGroupForm.empty(), true);
    }

    @GetMapping("/admin/country-groups/{code}")
    String editForm(@PathVariable String code, CurrentUser user, Model model) {
        user.requireAdmin();
        return form(model, CountryGroupForm.of(taxonomy.requireCountryGroup(code)), false);
    }

    @PostMapping("/admin/country-groups")
    String save(@ModelAttribute("form") CountryGroupForm form, BindingResult result, CurrentUser user, Model model) {
        boolean isNew = form.code() == null
                || taxonomy.countryGroup(form.code().strip()).isEmpty();
        if (!result.hasErrors()) {
            try {
                groups.save(user, form.summary());
                return "redirect:/country-groups";
            } catch (InvalidInputException e) {
                FormErrors.add(result, e);
            }
        }
        return form(model, form, isNew);
    }

    private String form(Model model, CountryGroupForm form, boolean isNew) {
        FormErrors.show(model, "form", form);
        model.addAttribute("isNew", isNew);
        return "taxonomy/country-group-form";
    }
}
