package org.vocbridge.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
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
import org.vocbridge.directory.AllianceSummary;
import org.vocbridge.directory.ChairTermSummary;
import org.vocbridge.directory.MemberCounts;
import org.vocbridge.directory.MembershipRole;
import org.vocbridge.directory.MembershipStatus;
import org.vocbridge.directory.MembershipSummary;
import org.vocbridge.directory.OrganizationFilter;
import org.vocbridge.directory.OrganizationSummary;
import org.vocbridge.directory.PersonSummary;
import org.vocbridge.directory.domain.AllianceDraft;
import org.vocbridge.directory.domain.Alliances;
import org.vocbridge.directory.domain.Appointments;
import org.vocbridge.directory.domain.Memberships;
import org.vocbridge.directory.domain.OrganizationDraft;
import org.vocbridge.directory.domain.OrganizationSearch;
import org.vocbridge.directory.domain.OrganizationTransfer;
import org.vocbridge.directory.domain.Organizations;
import org.vocbridge.directory.domain.People;
import org.vocbridge.directory.domain.PersonDraft;
import org.vocbridge.directory.domain.PersonFilter;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.spreadsheet.Spreadsheet;
import org.vocbridge.shared.web.Downloads;

/** The member directory as JSON: organizations, people, alliances and memberships. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory", description = "Organizations, people and experts, alliances and memberships")
@RequiredArgsConstructor
class DirectoryApiController {

    private final Organizations organizations;
    private final OrganizationSearch search;
    private final OrganizationTransfer transfer;
    private final People people;
    private final Appointments appointments;
    private final Alliances alliances;
    private final Memberships memberships;

    @GetMapping("/organizations")
    @Operation(
            summary = "List organizations; q is free text in any language, field and occupation include narrower codes")
    ResultPage<OrganizationSummary> organizations(
            @ParameterObject OrganizationFilter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Locale locale) {
        return search.list(filter, page, size, locale);
    }

    @GetMapping("/organizations/{id}")
    OrganizationSummary organization(@PathVariable long id, CurrentUser user) {
        return organizations.get(id, user);
    }

    @PostMapping("/organizations")
    ResponseEntity<OrganizationSummary> createOrganization(@RequestBody OrganizationDraft draft, CurrentUser user) {
        OrganizationSummary created = organizations.create(user, draft);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.id()))
                .body(created);
    }

    @PutMapping("/organizations/{id}")
    @Operation(summary = "Change an organization; send the version you read, a stale version gets 409")
    OrganizationSummary updateOrganization(
            @PathVariable long id, @RequestBody OrganizationDraft draft, CurrentUser user) {
        return organizations.update(user, id, draft);
    }

    @PutMapping(path = "/organizations/{id}/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Set the logo: a PNG, JPEG or WebP image of at most 1 MB (organization editors)")
    OrganizationSummary setLogo(@PathVariable long id, @RequestPart("file") MultipartFile file, CurrentUser user)
            throws IOException {
        return organizations.setLogo(user, id, file.getBytes(), file.getContentType());
    }

    @DeleteMapping("/organizations/{id}/logo")
    OrganizationSummary removeLogo(@PathVariable long id, CurrentUser user) {
        return organizations.removeLogo(user, id);
    }

    @GetMapping("/organizations/{id}/people")
    List<PersonSummary> peopleOfOrganization(@PathVariable long id) {
        return people.peopleOf(id);
    }

    @GetMapping("/organizations/{id}/memberships")
    List<MembershipSummary> membershipsOfOrganization(@PathVariable long id) {
        return memberships.ofOrganization(id);
    }

    @GetMapping("/organizations/export")
    @Operation(summary = "Export the filtered organizations as CSV or XLSX (format=csv|xlsx)")
    void exportOrganizations(
            @RequestParam(defaultValue = "csv") String format,
            @ParameterObject OrganizationFilter filter,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Spreadsheet.Format chosen = Spreadsheet.Format.ofFileName("x." + format);
        Downloads.attachment(response, chosen.mediaType, "organizations." + chosen.extension);
        transfer.export(filter, chosen, locale, response.getOutputStream());
    }

    @PostMapping(path = "/organizations/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import organizations from CSV or XLSX; dryRun=true only reports, bad rows block the "
                    + "import unless skipInvalid=true")
    OrganizationTransfer.Report importOrganizations(
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

    @GetMapping("/people")
    ResultPage<PersonSummary> people(
            @ParameterObject PersonFilter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Locale locale) {
        return people.list(filter, page, size, locale);
    }

    @GetMapping("/people/{id}")
    PersonSummary person(@PathVariable long id, CurrentUser user) {
        return people.get(id, user);
    }

    @PostMapping("/people")
    ResponseEntity<PersonSummary> createPerson(@RequestBody PersonDraft draft, CurrentUser user) {
        PersonSummary created = people.create(user, draft);
        return ResponseEntity.created(URI.create("/api/v1/people/" + created.id()))
                .body(created);
    }

    @PutMapping("/people/{id}")
    PersonSummary updatePerson(@PathVariable long id, @RequestBody PersonDraft draft, CurrentUser user) {
        return people.update(user, id, draft);
    }

    @PutMapping(
            path = "/people/{id}/appointments/{appointmentId}/letter",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Store the signed appointment letter, a PDF of at most 10 MB (alliance secretariat)")
    PersonSummary attachLetter(
            @PathVariable long id,
            @PathVariable long appointmentId,
            @RequestPart("file") MultipartFile file,
            CurrentUser user)
            throws IOException {
        return appointments.attachLetter(
                user, id, appointmentId, file.getBytes(), file.getContentType(), file.getOriginalFilename());
    }

    @GetMapping("/alliances")
    List<AllianceSummary> alliances(Locale locale) {
        return alliances.list(locale);
    }

    @GetMapping("/alliances/{id}")
    AllianceSummary alliance(@PathVariable long id) {
        return alliances.get(id);
    }

    @PostMapping("/alliances")
    ResponseEntity<AllianceSummary> createAlliance(@RequestBody AllianceDraft draft, CurrentUser user) {
        AllianceSummary created = alliances.create(user, draft);
        return ResponseEntity.created(URI.create("/api/v1/alliances/" + created.id()))
                .body(created);
    }

    @PutMapping("/alliances/{id}")
    AllianceSummary updateAlliance(@PathVariable long id, @RequestBody AllianceDraft draft, CurrentUser user) {
        return alliances.update(user, id, draft);
    }

    @GetMapping("/alliances/{id}/counts")
    MemberCounts allianceCounts(@PathVariable long id) {
        alliances.get(id);
        return memberships.counts(id);
    }

    @GetMapping("/alliances/{id}/memberships")
    List<MembershipSummary> memberships(@PathVariable long id) {
        return memberships.of(id);
    }

    /** An application to join, by an editor of the organization. */
    record Application(long organizationId, MembershipRole role, String note) {}

    @PostMapping("/alliances/{id}/memberships")
    @Operation(summary = "Apply for an organization you edit to join the alliance")
    ResponseEntity<MembershipSummary> apply(@PathVariable long id, @RequestBody Application body, CurrentUser user) {
        MembershipSummary created = memberships.apply(user, id, body.organizationId(), body.role(), body.note());
        return ResponseEntity.created(URI.create("/api/v1/alliances/" + id + "/memberships/" + created.id()))
                .body(created);
    }

    /** A member added directly by the secretariat. */
    record NewMember(long organizationId, MembershipRole role, LocalDate joinedOn) {}

    @PostMapping("/alliances/{id}/members")
    @Operation(summary = "Add a member directly (alliance secretariat)")
    MembershipSummary addMember(@PathVariable long id, @RequestBody NewMember body, CurrentUser user) {
        return memberships.addMember(user, id, body.organizationId(), body.role(), body.joinedOn());
    }

    /** A secretariat's decision on a membership; rejecting and suspending need a reason. */
    record MembershipDecision(MembershipStatus status, String reason, Long version) {}

    @PostMapping("/alliances/{id}/memberships/{membershipId}/decisions")
    @Operation(summary = "Approve, activate, reject, suspend or end a membership (alliance secretariat)")
    MembershipSummary decide(
            @PathVariable long id,
            @PathVariable long membershipId,
            @RequestBody MembershipDecision body,
            CurrentUser user) {
        return memberships.decide(user, id, membershipId, body.status(), body.reason(), body.version());
    }

    /** A new role for a member. */
    record RoleChange(MembershipRole role) {}

    @PutMapping("/alliances/{id}/memberships/{membershipId}/role")
    @Operation(summary = "Change a member's role (alliance secretariat)")
    MembershipSummary changeRole(
            @PathVariable long id, @PathVariable long membershipId, @RequestBody RoleChange body, CurrentUser user) {
        return memberships.changeRole(user, id, membershipId, body.role());
    }

    @GetMapping("/alliances/{id}/chair")
    List<ChairTermSummary> chairTerms(@PathVariable long id) {
        return alliances.chairTerms(id);
    }

    /** A handover of the rotating chair. */
    record Handover(long organizationId, LocalDate from, LocalDate to, String note) {}

    @PostMapping("/alliances/{id}/chair")
    ChairTermSummary handOver(@PathVariable long id, @RequestBody Handover body, CurrentUser user) {
        return alliances.handOverChair(user, id, body.organizationId(), body.from(), body.to(), body.note());
    }

    @GetMapping("/alliances/{id}/experts")
    List<PersonSummary> experts(@PathVariable long id) {
        alliances.get(id);
        return people.expertsOf(id);
    }

    /** A think-tank appointment. */
    record NewAppointment(long personId, Map<String, String> role, LocalDate from, LocalDate to, String document) {}

    @PostMapping("/alliances/{id}/appointments")
    PersonSummary appoint(@PathVariable long id, @RequestBody NewAppointment body, CurrentUser user) {
        return appointments.appoint(user, id, body.personId(), body.role(), body.from(), body.to(), body.document());
    }
}
