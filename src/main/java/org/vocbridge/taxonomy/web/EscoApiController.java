package org.vocbridge.taxonomy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.taxonomy.EscoOccupationSummary;
import org.vocbridge.taxonomy.domain.EscoOccupations;

/** ESCO occupations: the admin's import of ESCO's CSV download, and the occupations under an ISCO group. */
@RestController
@RequestMapping("/api/v1/esco/occupations")
@Tag(name = "Taxonomy", description = TaxonomyApiController.TAG_DESCRIPTION)
@RequiredArgsConstructor
class EscoApiController {

    private final EscoOccupations esco;

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import ESCO occupations",
            description = "From ESCO's CSV download (occupations_<lang>.csv) in the given language (platform "
                    + "admins). Occupations are matched by URI, so importing again or another language updates "
                    + "them.")
    EscoOccupations.ImportResult importCsv(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "en") String language,
            CurrentUser user)
            throws IOException {
        return esco.importCsv(user, file.getInputStream(), language);
    }

    @GetMapping
    @Operation(
            summary = "ESCO occupations under an ISCO-08 group",
            description =
                    "The ESCO occupations under an ISCO-08 group at any level (isco=7, 72, 721 or 7212), " + "paged.")
    ResultPage<EscoOccupationSummary> under(
            @RequestParam String isco,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        int bounded = Math.max(1, Math.min(size, 200));
        return new ResultPage<>(
                esco.under(isco.strip(), Math.max(page, 0), bounded), page, bounded, esco.countUnder(isco.strip()));
    }
}
