package org.vocbridge.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.vocbridge.search.domain.GlobalSearch;
import org.vocbridge.taxonomy.TaxonomyApi;

/** The results page behind the header search box, and the same search as JSON. */
@Controller
@Tag(name = "Search", description = "One search over every public record, in any language")
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
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        GlobalSearch.Query query = new GlobalSearch.Query(q, type, country, group, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("results", search.search(query, locale));
        model.addAttribute("types", search.typeKeys());
        model.addAttribute("groups", taxonomy.countryGroups());
        return "search/results";
    }

    @GetMapping(path = "/api/v1/search", produces = "application/json")
    @ResponseBody
    @Operation(summary = "Search every public record; results grouped by type with counts and highlighted fragments")
    GlobalSearch.Results api(
            @RequestParam String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String group,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Locale locale) {
        return search.search(
                new GlobalSearch.Query(q, type, country, group, Math.max(0, page), Math.max(1, Math.min(size, 100))),
                locale);
    }
}
