package org.vocbridge.taxonomy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.taxonomy.OccupationSkill;
import org.vocbridge.taxonomy.SkillSummary;
import org.vocbridge.taxonomy.domain.EscoSkillImport;
import org.vocbridge.taxonomy.domain.Skills;

/** Skills: the admin's import of ESCO's skills and relations, local skills, and the skills occupations need. */
@RestController
@Tag(name = "Taxonomy", description = TaxonomyApiController.TAG_DESCRIPTION)
@RequiredArgsConstructor
class SkillsApiController {

    private final EscoSkillImport escoImport;
    private final Skills skills;

    @PostMapping(path = "/api/v1/esco/skills/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import ESCO skills and occupation–skill relations",
            description = "From ESCO's download as published (platform admins): its zips, or the CSVs inside "
                    + "(skills_<lang>.csv, occupationSkillRelations.csv or occupationSkillRelations_<lang>.csv), "
                    + "one or more files. Columns are read by name (ESCO v1.1 and v1.2 headers). Skills are "
                    + "matched by URI, so importing again or another language updates them; an occupation's "
                    + "relations are replaced by those of the file. Data problems are listed per file and the "
                    + "rest is imported. version (for example 1.1.1) is read from the download's file name "
                    + "when not given.")
    EscoSkillImport.ImportResult importFiles(
            @RequestPart("file") List<MultipartFile> files,
            @RequestParam(required = false) String version,
            CurrentUser user)
            throws IOException {
        return escoImport.importFiles(user, uploads(files), version);
    }

    static List<EscoSkillImport.Upload> uploads(List<MultipartFile> files) throws IOException {
        List<EscoSkillImport.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files) {
            if (!file.isEmpty()) {
                String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
                uploads.add(new EscoSkillImport.Upload(name, file.getBytes()));
            }
        }
        return uploads;
    }

    @GetMapping("/api/v1/esco/release")
    @Operation(
            summary = "The ESCO version imported",
            description = "The ESCO version imported last and when, with the number of ESCO skills, local "
                    + "skills and occupation–skill relations held.")
    Skills.EscoRelease release() {
        return skills.release().orElseThrow(() -> new NotFoundException("ESCO release", "none imported"));
    }

    @GetMapping("/api/v1/skills")
    @Operation(
            summary = "Skills by URI",
            description = "The skills with these URIs (ESCO's, or local ones), with their labels in the "
                    + "languages imported.")
    List<SkillSummary> skills(@RequestParam List<String> uri) {
        return skills.all(uri.stream().limit(500).toList());
    }

    @GetMapping("/api/v1/skills/of-occupations")
    @Operation(
            summary = "The skills ESCO occupations need",
            description =
                    "For each ESCO occupation URI given, the skills ESCO relates to it, essential ones " + "first.")
    List<OccupationSkill> ofOccupations(@RequestParam List<String> occupation) {
        return skills.ofOccupations(occupation.stream().limit(50).toList());
    }

    @PostMapping("/api/v1/skills")
    @Operation(
            summary = "Add a local skill",
            description = "A skill ESCO has none for (platform admins): its type (SKILL or KNOWLEDGE) and its "
                    + "name and description in any languages. Its URI is urn:vocbridge:skill:<uuid>.")
    ResponseEntity<SkillSummary> addLocal(@RequestBody Skills.LocalSkillDraft draft, CurrentUser user) {
        SkillSummary added = skills.addLocal(user, draft);
        return ResponseEntity.created(URI.create("/api/v1/skills?uri=" + added.uri()))
                .body(added);
    }
}
