package org.vocbridge.observatory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
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
import org.vocbridge.observatory.ChangeSummary;
import org.vocbridge.observatory.DimensionSummary;
import org.vocbridge.observatory.IndicatorSummary;
import org.vocbridge.observatory.ReleaseDetail;
import org.vocbridge.observatory.ReleaseSummary;
import org.vocbridge.observatory.domain.CountryStewards;
import org.vocbridge.observatory.domain.DataEntry;
import org.vocbridge.observatory.domain.IndicatorDraft;
import org.vocbridge.observatory.domain.Indicators;
import org.vocbridge.observatory.domain.ObservationExport;
import org.vocbridge.observatory.domain.Releases;
import org.vocbridge.observatory.domain.UploadLayout;
import org.vocbridge.observatory.domain.UploadReport;
import org.vocbridge.observatory.domain.ValueInput;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.spreadsheet.Spreadsheet;
import org.vocbridge.shared.web.Downloads;

@RestController
@RequestMapping("/api/v1/observatory")
@Tag(name = "Observatory", description = "TVET indicators, each country's values and releases, open data downloads")
@RequiredArgsConstructor
class ObservatoryApiController {

    private final Indicators indicators;
    private final Releases releases;
    private final DataEntry entry;
    private final ObservationExport export;
    private final CountryStewards stewards;

    @GetMapping("/dimensions")
    @Operation(
            summary = "Breakdown dimensions",
            description = "The breakdown dimensions (sex, age group, ISCED level, …) and their value codes, "
                    + "labelled in zh, en and ru.")
    List<DimensionSummary> dimensions() {
        return indicators.dimensions();
    }

    @GetMapping("/indicators")
    @Operation(
            summary = "List indicators",
            description = "Every indicator with its definition, unit, valid range, breakdowns and country groups.")
    List<IndicatorSummary> indicators() {
        return indicators.all();
    }

    @GetMapping("/indicators/{code}")
    @Operation(summary = "One indicator", description = "An indicator by its code; 404 when there is none.")
    IndicatorSummary indicator(@PathVariable String code) {
        return indicators.get(code);
    }

    @PostMapping("/indicators")
    @Operation(
            summary = "Define an indicator",
            description = "Define an indicator (platform admins). Its breakdowns may not make more combinations "
                    + "than its limit; bad fields give 400.")
    ResponseEntity<IndicatorSummary> define(@RequestBody IndicatorDraft draft, CurrentUser user) {
        IndicatorSummary created = indicators.define(user, draft);
        return ResponseEntity.created(URI.create("/api/v1/observatory/indicators/" + created.code()))
                .body(created);
    }

    @PutMapping("/indicators/{code}")
    @Operation(
            summary = "Change an indicator",
            description = "Change an indicator (platform admins); send the version read, a stale one gets 409.")
    IndicatorSummary update(@PathVariable String code, @RequestBody IndicatorDraft draft, CurrentUser user) {
        return indicators.update(user, code, draft);
    }

    @GetMapping("/observations")
    @Operation(
            summary = "Published values as JSON",
            description = "Published values, streamed. Filter by indicator (repeatable), country (repeatable), "
                    + "group, from and to (years), breakdown (total, or a key such as sex=F|age=Y15T19; all "
                    + "when absent) and asOf (an instant: the values as published then, for citations). "
                    + "Confidential values have no value.")
    void observationsJson(@ParameterObject ObservationParams params, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        export.json(params.filter(), response.getOutputStream());
    }

    @GetMapping("/observations.csv")
    @Operation(
            summary = "Published values as CSV",
            description = "The same values and filters as the JSON, as CSV: one row per value, a column per "
                    + "breakdown dimension.")
    void observationsCsv(@ParameterObject ObservationParams params, HttpServletResponse response) throws IOException {
        Downloads.attachment(response, "text/csv;charset=UTF-8", "observations.csv");
        export.csv(params.filter(), response.getOutputStream());
    }

    @GetMapping("/countries/{country}/release")
    @Operation(
            summary = "A country's open release",
            description = "The country's release that is not yet published, with its values (the country's data "
                    + "stewards); 204 when there is none.")
    ResponseEntity<ReleaseDetail> openRelease(@PathVariable String country, CurrentUser user) {
        return ResponseEntity.of(releases.open(user, code(country)));
    }

    @PostMapping("/countries/{country}/values")
    @Operation(
            summary = "Enter values",
            description = "Enter values into the country's open release (its data stewards). All are checked first "
                    + "and nothing is stored while one is bad; a null value withdraws a published one.")
    ReleaseDetail enter(@PathVariable String country, @RequestBody List<ValueInput> values, CurrentUser user) {
        return entry.enter(user, code(country), values);
    }

    @PostMapping(value = "/countries/{country}/uploads", consumes = "multipart/form-data")
    @Operation(
            summary = "Upload values from a file",
            description = "Upload values as CSV or XLSX in the tidy layout (layout=TIDY) or as SDMX-CSV "
                    + "(layout=SDMX_CSV); dryRun=true only checks. Every bad row is reported (400) and nothing "
                    + "is stored while there is one.")
    UploadReport upload(
            @PathVariable String country,
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "TIDY") UploadLayout layout,
            @RequestParam(defaultValue = "false") boolean dryRun,
            CurrentUser user)
            throws IOException {
        return entry.upload(
                user,
                code(country),
                file.getInputStream(),
                Spreadsheet.Format.ofFileName(file.getOriginalFilename()),
                layout,
                dryRun);
    }

    @GetMapping("/countries/{country}/releases")
    @Operation(
            summary = "A country's releases",
            description = "The country's releases: published ones for everyone, the open one also for its data "
                    + "stewards.")
    List<ReleaseSummary> countryReleases(@PathVariable String country, CurrentUser user) {
        return releases.releases(user, code(country));
    }

    @GetMapping("/countries/{country}/changes")
    @Operation(
            summary = "Changes to an indicator's values",
            description = "Every change to an indicator's values in the country: who, when, the old and the new "
                    + "value (its data stewards).")
    List<ChangeSummary> changes(@PathVariable String country, @RequestParam String indicator, CurrentUser user) {
        return releases.changes(user, indicator, code(country));
    }

    @GetMapping("/countries/{country}/stewards")
    @Operation(
            summary = "A country's data stewards",
            description = "The users who enter and approve the country's values (platform admins).")
    List<CountryStewards.Steward> stewards(@PathVariable String country, CurrentUser user) {
        user.requireAdmin();
        return stewards.of(code(country));
    }

    record Appointment(String username) {}

    @PostMapping("/countries/{country}/stewards")
    @Operation(
            summary = "Make a user a data steward",
            description = "Make a user a data steward of the country (platform admins).")
    CountryStewards.Steward appoint(
            @PathVariable String country, @RequestBody Appointment appointment, CurrentUser user) {
        return stewards.appoint(user, appointment.username(), code(country));
    }

    @DeleteMapping("/countries/{country}/stewards/{userId}")
    @Operation(
            summary = "Dismiss a data steward",
            description = "End a user's data stewardship of the country (platform admins); it ends at once.")
    ResponseEntity<Void> dismiss(@PathVariable String country, @PathVariable long userId, CurrentUser user) {
        stewards.dismiss(user, code(country), userId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/releases/{id}")
    @Operation(
            summary = "One release",
            description = "A release with its values beside those published before it; an unpublished one only for "
                    + "the country's data stewards.")
    ReleaseDetail release(@PathVariable long id, CurrentUser user) {
        return releases.release(user, id);
    }

    @GetMapping("/releases/awaiting-approval")
    @Operation(summary = "Releases awaiting approval", description = "Submitted releases the caller may approve.")
    List<ReleaseSummary> awaiting(CurrentUser user) {
        user.requireSignedIn();
        return releases.awaitingApproval(user);
    }

    record ReleaseSubmission(String changeNote, Long version) {}

    record ReleaseDecision(String note, Long version) {}

    @PostMapping("/releases/{id}/submit")
    @Operation(
            summary = "Submit a release for approval",
            description = "Submit the open release for approval (its data stewards), with a note on what it adds or "
                    + "corrects.")
    ReleaseSummary submit(@PathVariable long id, @RequestBody ReleaseSubmission body, CurrentUser user) {
        return releases.submit(user, id, body.changeNote(), body.version());
    }

    @PostMapping("/releases/{id}/approve")
    @Operation(
            summary = "Approve and publish a release",
            description = "Approve and publish a submitted release: a data steward of the country or a platform "
                    + "admin who entered none of its values.")
    ReleaseSummary approve(@PathVariable long id, @RequestBody ReleaseDecision body, CurrentUser user) {
        return releases.approve(user, id, body.version());
    }

    @PostMapping("/releases/{id}/return")
    @Operation(
            summary = "Return a release",
            description = "Send a submitted release back to the country's data stewards with a note saying what to "
                    + "change.")
    ReleaseSummary sendBack(@PathVariable long id, @RequestBody ReleaseDecision body, CurrentUser user) {
        return releases.sendBack(user, id, body.note(), body.version());
    }

    private static String code(String country) {
        return country.strip().toUpperCase(Locale.ROOT);
    }
}
