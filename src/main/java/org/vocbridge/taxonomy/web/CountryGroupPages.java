package org.vocbridge.taxonomy.web;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vocbridge.taxonomy.TaxonomyApi;

/** The country groups with who belongs now and who belonged when. */
@Controller
class CountryGroupPages {

    private final TaxonomyApi taxonomy;

    CountryGroupPages(TaxonomyApi taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping("/country-groups")
    String list(Model model) {
        model.addAttribute("groups", taxonomy.countryGroups());
        model.addAttribute("today", LocalDate.now());
        return "taxonomy/country-groups";
    }
}
