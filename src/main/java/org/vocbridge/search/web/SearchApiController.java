package org.vocbridge.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vocbridge.search.domain.GlobalSearch;

/** The search behind the header search box, as JSON. */
@RestController
@Tag(name = "Search", description = "One search over every public record, in any language")
@RequiredArgsConstructor
class SearchApiController {

    private final GlobalSearch search;

    @GetMapping(path = "/api/v1/search", produces = "application/json")
    @Operation(
            summary = "Search every public record",
            description = "One search over the public records of every module, in any language. Results are grouped "
                    + "by type with counts and highlighted fragments. q is plain text: query syntax is not "
                    + "interpreted, and long queries are cut to their first words. When the words as written find "
                    + "nothing, Latin and Cyrillic words of four letters or more are matched with a letter or two "
                    + "off (the first letter as typed), and the answer says so (similar: true).")
    GlobalSearch.Results search(
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
