package org.vocbridge.portal.web;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.OrganizationFilter;

/** The home page with the directory in numbers. */
@Controller
@RequiredArgsConstructor
class HomePage {

    private final DirectoryApi directory;

    @GetMapping("/")
    String home(Locale locale, Model model) {
        model.addAttribute(
                "organizationCount",
                directory
                        .findOrganizations(OrganizationFilter.NONE, 0, 1, locale)
                        .total());
        model.addAttribute("expertCount", directory.expertCount(locale));
        model.addAttribute("alliances", directory.alliances(locale));
        return "portal/home";
    }
}
