package org.vocbridge.portal;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vocbridge.directory.AllianceService;
import org.vocbridge.directory.OrganizationFilter;
import org.vocbridge.directory.OrganizationService;
import org.vocbridge.directory.PersonService;

/** The home page with the directory in numbers. */
@Controller
class HomePage {

    private final OrganizationService organizations;
    private final PersonService people;
    private final AllianceService alliances;

    HomePage(OrganizationService organizations, PersonService people, AllianceService alliances) {
        this.organizations = organizations;
        this.people = people;
        this.alliances = alliances;
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        model.addAttribute(
                "organizationCount",
                organizations.list(OrganizationFilter.NONE, 0, 1, locale).total());
        model.addAttribute(
                "expertCount",
                people.list(new PersonService.Filter(null, null, null, true, null), 0, 1, locale)
                        .total());
        model.addAttribute("alliances", alliances.list(locale));
        return "portal/home";
    }
}
