package org.vocbridge.ventures.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.spreadsheet.Spreadsheet;
import org.vocbridge.shared.web.Downloads;
import org.vocbridge.ventures.FieldGroup;
import org.vocbridge.ventures.NeedKind;
import org.vocbridge.ventures.NeedSummary;
import org.vocbridge.ventures.PossibleDuplicate;
import org.vocbridge.ventures.VentureSummary;
import org.vocbridge.ventures.domain.VentureDraft;
import org.vocbridge.ventures.domain.VentureFreshness;
import org.vocbridge.ventures.domain.VentureMerges;
import org.vocbridge.ventures.domain.VentureNeeds;
import org.vocbridge.ventures.domain.VentureTransfer;
import org.vocbridge.ventures.domain.Ventures;

/** Ventures and innovations of young people as JSON. */
@RestController
@RequestMapping("/api/v1/ventures")
@Tag(name = "Ventures", description = "The database of young people's innovations and businesses")
@RequiredArgsConstructor
class VenturesApiController {

    private final Ventures ventures;
    private final VentureNeeds needs;
    private final VentureFreshness freshness;
    private final VentureMerges merges;
    private final VentureTransfer transfer;

    @GetMapping
    @Operation(
            summary = "List ventures and innovations",
            description = "The most recently changed first; narrowed to a country (ISO 3166-1 alpha-2) or a country "
                    + "group (countryGroup, such as SCO), kind, stage, technology readiness level (readinessLevel), "
                    + "ISIC Rev.4 section or division (sector: C, or C10 for its division 10; a section takes in its divisions), Sustainable Development Goal (sdg, 1 to 17), a kind of need still "
                    + "sought (need), the college its founders came from (college) or an alliance (alliance: its "
                    + "current members and their graduates' ventures); verifiedOnly keeps those with a verified "
                    + "outcome, freshOnly those whose keepers confirmed every group of fields in time; paged.")
    ResultPage<VentureSummary> list(@ParameterObject VentureQuery query) {
        return ventures.list(query.filter(), query.page(), query.size());
    }

    @GetMapping("/export")
    @Operation(
            summary = "Export ventures as CSV or XLSX",
            description = "The ventures the list would show with the same filters (format=csv|xlsx), in the layout "
                    + "the import reads. Cells that a spreadsheet would run as formulas are written as text.")
    void export(
            @RequestParam(defaultValue = "csv") String format,
            @ParameterObject VentureQuery query,
            HttpServletResponse response)
            throws IOException {
        Spreadsheet.Format chosen = Spreadsheet.Format.ofFileName("x." + format);
        Downloads.attachment(response, chosen.mediaType, "ventures." + chosen.extension);
        transfer.export(query.filter(), chosen, response.getOutputStream());
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import ventures from CSV or XLSX",
            description = "Anyone signed in, who then keeps what is imported. Columns as the export writes them; "
                    + "Crunchbase's organization export is read too (Organization Name, Legal Name, Description, "
                    + "Website, Headquarters Location, Founded Date, Last Funding Type). dryRun=true (the default) "
                    + "only reports; bad rows, and rows that may be ventures recorded already or rows above, block "
                    + "the import unless skipInvalid=true. Every problem is reported by row and column.")
    VentureTransfer.Report importFile(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean skipInvalid,
            CurrentUser user)
            throws IOException {
        return transfer.importFile(
                user,
                file.getInputStream(),
                Spreadsheet.Format.ofFileName(file.getOriginalFilename()),
                dryRun,
                skipInvalid);
    }

    @GetMapping("/countries")
    @Operation(
            summary = "Where the ventures are",
            description = "How many ventures the list's filters find in each country (ISO 3166-1 alpha-2), for a map.")
    Map<String, Long> countries(@ParameterObject VentureQuery query) {
        return ventures.countByCountry(query.filter().anywhere());
    }

    @GetMapping("/needs")
    @Operation(
            summary = "Needs still sought",
            description = "The needs of all ventures that are open or being talked over, of one kind (kind) or all, "
                    + "the latest changed first; paged. What the matching of demand and offers reads.")
    ResultPage<NeedSummary> soughtNeeds(
            @RequestParam(required = false) NeedKind kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return needs.sought(kind, page, size);
    }

    @GetMapping("/reminders")
    @Operation(
            summary = "My ventures to confirm",
            description = "The ventures the caller keeps with a group of fields whose confirmation ran out (the "
                    + "rules: profile 24 months, team and stage 6, needs 6, figures 12), with the groups due.")
    List<VentureFreshness.Due> reminders(CurrentUser user) {
        user.requireSignedIn();
        return freshness.dueFor(user);
    }

    @GetMapping("/stale")
    @Operation(
            summary = "Stale ventures",
            description = "Admins: every venture with a group of fields whose confirmation ran out, the longest "
                    + "unchanged first; paged.")
    ResultPage<VentureFreshness.Due> stale(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, CurrentUser user) {
        return freshness.stale(user, page, size);
    }

    @PostMapping("/{id}/confirmations/{group}")
    @Operation(
            summary = "Confirm a group of fields",
            description = "Its keepers say the group (PROFILE, TEAM_AND_STAGE, NEEDS, FIGURES) is right as it is; it "
                    + "is fresh again for the group's period.")
    VentureSummary confirm(@PathVariable long id, @PathVariable FieldGroup group, CurrentUser user) {
        return freshness.confirm(user, id, group);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One venture or innovation",
            description = "With its names in every language it has, the names it went by, the directory's "
                    + "organizations it is linked to and the freshness of each group of its fields; a venture merged "
                    + "into another answers 301 with the address of that one.")
    ResponseEntity<VentureSummary> get(@PathVariable long id) {
        return merges.mergedInto(id)
                .<ResponseEntity<VentureSummary>>map(into -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                        .location(URI.create("/api/v1/ventures/" + into))
                        .build())
                .orElseGet(() -> ResponseEntity.ok(ventures.get(id)));
    }

    /** The venture to keep when two records of one venture are merged. */
    record MergeRequest(Long into) {}

    @PostMapping("/{id}/merge")
    @Operation(
            summary = "Merge a venture into another",
            description = "Admins, for two records of one venture: this one goes; its team, needs, outcomes and "
                    + "innovations move to the one kept (into), its names become names that one goes by, the fields "
                    + "the kept one lacks are taken from it, both are kept in the audit log, and its address answers "
                    + "301 to the kept one.")
    VentureSummary merge(@PathVariable long id, @RequestBody MergeRequest request, CurrentUser user) {
        user.requireAdmin();
        new org.vocbridge.shared.InputCheck().require("into", request.into()).throwIfAny();
        return merges.merge(user, id, request.into());
    }

    @GetMapping("/duplicates")
    @Operation(
            summary = "Ventures that may be the one described",
            description = "The names it goes by (name, repeated; a name's language may be given as tag:name, "
                    + "such as ru:Ядэа), its website, country and registration number, and its organization: the "
                    + "ventures recorded that share the website, registration number or organization, or have a "
                    + "name that reads the same in Latin letters, looks the same or sounds alike, with the "
                    + "reason, strongest first; leaving out the venture except.")
    List<PossibleDuplicate> duplicates(
            @RequestParam(required = false) List<String> name,
            @RequestParam(required = false) String website,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String registrationNumber,
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) Long except) {
        return ventures.possibleDuplicates(
                new Ventures.Described(
                        name == null ? List.of() : name, website, country, registrationNumber, organization),
                except);
    }

    @PostMapping
    @Operation(
            summary = "Register a venture or an innovation",
            description = "Anyone signed in; the caller keeps it. When ventures already recorded may be the same one, "
                    + "the answer is 409 with them listed (duplicates); send it again with distinct=true once they "
                    + "were looked at. Bad fields give 400 with a problem per field.")
    ResponseEntity<VentureSummary> register(@RequestBody VentureDraft draft, CurrentUser user) {
        VentureSummary created = ventures.register(user, draft);
        return ResponseEntity.created(URI.create("/api/v1/ventures/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change a venture or an innovation",
            description = "Its keepers (who registered it, the editors of its organization or college); send the "
                    + "version read, a stale one gets 409.")
    VentureSummary update(@PathVariable long id, @RequestBody VentureDraft draft, CurrentUser user) {
        return ventures.update(user, id, draft);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a venture or an innovation", description = "Its keepers.")
    ResponseEntity<Void> delete(@PathVariable long id, CurrentUser user) {
        ventures.delete(user, id);
        return ResponseEntity.noContent().build();
    }
}
