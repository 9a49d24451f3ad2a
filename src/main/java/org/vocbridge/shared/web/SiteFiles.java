package org.vocbridge.shared.web;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** The files every site answers at its root: {@code robots.txt} (naming the sitemap) and {@code favicon.ico}. */
@Controller
@RequiredArgsConstructor
class SiteFiles {

    /**
     * Crawlers may read every public page; not sign-in, accounts, administration, the respondents'
     * survey links (each is someone's) or the API, whose data the pages show.
     */
    private static final String ROBOTS = """
            User-agent: *
            Allow: /
            Disallow: /login
            Disallow: /account
            Disallow: /admin/
            Disallow: /s/
            Disallow: /api/
            """;

    private final ResourceUrlProvider assets;
    private final PublicAddress address;

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String robots() {
        return ROBOTS + "Sitemap: " + address.of("/sitemap.xml") + "\n";
    }

    /** Browsers that ask for the icon at the root are sent to the page icon. */
    @GetMapping("/favicon.ico")
    ResponseEntity<Void> favicon() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header("Location", assets.getForLookupPath("/assets/img/favicon.svg"))
                .build();
    }
}
