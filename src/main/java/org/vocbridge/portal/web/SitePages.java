package org.vocbridge.portal.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What the site says about itself: what it is, how to reach its operator, and what it keeps about people. */
@Controller
class SitePages {

    private final String contactEmail;

    SitePages(@Value("${vocbridge.contact.email:}") String contactEmail) {
        this.contactEmail = contactEmail.strip();
    }

    @GetMapping("/about")
    String about() {
        return "portal/about";
    }

    @GetMapping("/contact")
    String contact(Model model) {
        model.addAttribute("contactEmail", contactEmail.isEmpty() ? null : contactEmail);
        return "portal/contact";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "portal/privacy";
    }
}
