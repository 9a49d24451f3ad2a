package org.vocbridge.search.web;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vocbridge.search.domain.GlobalSearch;
import org.vocbridge.shared.web.PageLinks;
import org.vocbridge.taxonomy.TaxonomyApi;

/** The results page behind the header search box ({@link SearchApiController} gives the same search as JSON). */
@Controller
@RequiredArgsConstructor
class SearchController {

    private static final int PAGE_SIZE = 20;

    private final GlobalSearch search;
    private final TaxonomyApi taxonomy;

    @GetMapping("/search")
    String page(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String group,
            @RequestParam(defaultValue = "1") int page,
            Locale locale,
            Model model) {
        GlobalSearch.Query query =
                new GlobalSearch.Query(q, type, country, group, PageLinks.fromAddress(page), PAGE_SIZE);
        model.addAttribute("results", search.search(query, locale));
        model.addAttribute("types", search.typeKeys());
        model.addAttribute("groups", taxonomy.countryGroups());
        return "search/results";
    }
}
