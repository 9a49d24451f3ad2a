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
            summary = "List organizations",
            description = "Organizations by free text in any language (q), type, country, field and occupation "
                    + "(codes at any level, narrower ones included); paged.")
    ResultPage<OrganizationSummary> organizations(
            @ParameterObject OrganizationFilter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Locale locale) {
        return search.list(filter, page, size, locale);
    }

    @GetMapping("/organizations/{id}")
    @Operation(
            summary = "One organization",
            description = "An organization with its names, addresses, fields and occupations.")
    OrganizationSummary organization(@PathVariable long id, CurrentUser user) {
        return organizations.get(id, user);
    }

    @PostMapping("/organizations")
    @Operation(
            summary = "Add an organization",
            description = "Add an organization; the caller becomes its editor. Bad fields give 400 with a problem "
                    + "per field.")
    ResponseEntity<OrganizationSummary> createOrganization(@RequestBody OrganizationDraft draft, CurrentUser user) {
        OrganizationSummary created = organizations.create(user, draft);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.id()))
                .body(created);
    }

    @PutMapping("/organizations/{id}")
    @Operation(
            summary = "Change an organization",
            description = "Change an organization (its editors); send the version read, a stale one gets 409.")
    OrganizationSummary updateOrganization(
            @PathVariable long id, @RequestBody OrganizationDraft draft, CurrentUser user) {
        return organizations.update(user, id, draft);
    }

    @PutMapping(path = "/organizations/{id}/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Set an organization's logo",
            description = "A PNG, JPEG or WebP image of at most 1 MB (the organization's editors).")
    OrganizationSummary setLogo(@PathVariable long id, @RequestPart("file") MultipartFile file, CurrentUser user)
            throws IOException {
        return organizations.setLogo(user, id, file.getBytes(), file.getContentType());
    }

    @DeleteMapping("/organizations/{id}/logo")
    @Operation(summary = "Remove an organization's logo", description = "Remove the logo (the organization's editors).")
    OrganizationSummary removeLogo(@PathVariable long id, CurrentUser user) {
        return organizations.removeLogo(user, id);
    }

    @GetMapping("/organizations/{id}/people")
    @Operation(summary = "An organization's people", description = "The people who work at the organization.")
    List<PersonSummary> peopleOfOrganization(@PathVariable long id) {
        return people.peopleOf(id);
    }

    @GetMapping("/organizations/{id}/memberships")
    @Operation(
            summary = "An organization's memberships",
            description =
                    "The alliances the organization belongs to or has applied to, with each membership's " + "status.")
    List<MembershipSummary> membershipsOfOrganization(@PathVariable long id) {
        return memberships.ofOrganization(id);
    }

    @GetMapping("/organizations/export")
    @Operation(
            summary = "Export organizations as CSV or XLSX",
            description = "The organizations the list would show with the same filters, as CSV or XLSX "
                    + "(format=csv|xlsx). Cells that a spreadsheet would run as formulas are written as text.")
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
            summary = "Import organizations from CSV or XLSX",
            description = "dryRun=true only reports; bad rows block the import unless skipInvalid=true. Every bad "
                    + "row is reported by row and column.")
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
    @Operation(
            summary = "List people",
            description = "People and experts, filtered as the parameters say (free text in any language, codes at "
                    + "any level); paged.")
    ResultPage<PersonSummary> people(
            @ParameterObject PersonFilter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Locale locale) {
        return people.list(filter, page, size, locale);
    }

    @GetMapping("/people/{id}")
    @Operation(summary = "One person", description = "A person with their organization, positions and expertise.")
    PersonSummary person(@PathVariable long id, CurrentUser user) {
        return people.get(id, user);
    }

    @PostMapping("/people")
    @Operation(summary = "Add a person", description = "Add a person at an organization the caller edits.")
    ResponseEntity<PersonSummary> createPerson(@RequestBody PersonDraft draft, CurrentUser user) {
        PersonSummary created = people.create(user, draft);
        return ResponseEntity.created(URI.create("/api/v1/people/" + created.id()))
                .body(created);
    }

    @PutMapping("/people/{id}")
    @Operation(
            summary = "Change a person",
            description = "Change a person (the editors of their organization); send the version read, a stale one "
                    + "gets 409.")
    PersonSummary updatePerson(@PathVariable long id, @RequestBody PersonDraft draft, CurrentUser user) {
        return people.update(user, id, draft);
    }

    @PutMapping(
            path = "/people/{id}/appointments/{appointmentId}/letter",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Store an appointment letter",
            description = "Store the signed appointment letter of an expert, a PDF of at most 10 MB (the alliance "
                    + "secretariat).")
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
    @Operation(
            summary = "List alliances",
            description = "Every alliance with its name, acronym and founding, sorted by its name in the reader's "
                    + "language.")
    List<AllianceSummary> alliances(Locale locale) {
        return alliances.list(locale);
    }

    @GetMapping("/alliances/{id}")
    @Operation(summary = "One alliance", description = "An alliance with its name, acronym, description and founding.")
    AllianceSummary alliance(@PathVariable long id) {
        return alliances.get(id);
    }

    @PostMapping("/alliances")
    @Operation(summary = "Add an alliance", description = "Add an alliance (platform admins).")
    ResponseEntity<AllianceSummary> createAlliance(@RequestBody AllianceDraft draft, CurrentUser user) {
        AllianceSummary created = alliances.create(user, draft);
        return ResponseEntity.created(URI.create("/api/v1/alliances/" + created.id()))
                .body(created);
    }

    @PutMapping("/alliances/{id}")
    @Operation(
            summary = "Change an alliance",
            description = "Change an alliance (its secretariat or platform admins); send the version read, a stale "
                    + "one gets 409.")
    AllianceSummary updateAlliance(@PathVariable long id, @RequestBody AllianceDraft draft, CurrentUser user) {
        return alliances.update(user, id, draft);
    }

    @GetMapping("/alliances/{id}/counts")
    @Operation(summary = "An alliance's members in numbers", description = "Its active members by country and by type.")
    MemberCounts allianceCounts(@PathVariable long id) {
        alliances.get(id);
        return memberships.counts(id);
    }

    @GetMapping("/alliances/{id}/memberships")
    @Operation(
            summary = "An alliance's memberships",
            description = "The alliance's memberships with their role and status.")
    List<MembershipSummary> memberships(@PathVariable long id) {
        return memberships.of(id);
    }

    /** An application to join, by an editor of the organization. */
    record Application(long organizationId, MembershipRole role, String note) {}

    @PostMapping("/alliances/{id}/memberships")
    @Operation(
            summary = "Apply to join an alliance",
            description =
                    "Apply for an organization the caller edits to join the alliance; the secretariat " + "decides.")
    ResponseEntity<MembershipSummary> apply(@PathVariable long id, @RequestBody Application body, CurrentUser user) {
        MembershipSummary created = memberships.apply(user, id, body.organizationId(), body.role(), body.note());
        return ResponseEntity.created(URI.create("/api/v1/alliances/" + id + "/memberships/" + created.id()))
                .body(created);
    }

    /** A member added directly by the secretariat. */
    record NewMember(long organizationId, MembershipRole role, LocalDate joinedOn) {}

    @PostMapping("/alliances/{id}/members")
    @Operation(summary = "Add a member", description = "Add a member directly (the alliance secretariat).")
    MembershipSummary addMember(@PathVariable long id, @RequestBody NewMember body, CurrentUser user) {
        return memberships.addMember(user, id, body.organizationId(), body.role(), body.joinedOn());
    }

    /** A secretariat's decision on a membership; rejecting and suspending need a reason. */
    record MembershipDecision(MembershipStatus status, String reason, Long version) {}

    @PostMapping("/alliances/{id}/memberships/{membershipId}/decisions")
    @Operation(
            summary = "Decide on a membership",
            description = "Approve, activate, reject, suspend or end a membership (the alliance secretariat), with "
                    + "a reason where one is needed.")
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
    @Operation(
            summary = "Change a member's role",
            description = "Change a member's role in the alliance (the alliance secretariat).")
    MembershipSummary changeRole(
            @PathVariable long id, @PathVariable long membershipId, @RequestBody RoleChange body, CurrentUser user) {
        return memberships.changeRole(user, id, membershipId, body.role());
    }

    @GetMapping("/alliances/{id}/chair")
    @Operation(summary = "An alliance's chairs", description = "The alliance's chair terms.")
    List<ChairTermSummary> chairTerms(@PathVariable long id) {
        return alliances.chairTerms(id);
    }

    /** A handover of the rotating chair. */
    record Handover(long organizationId, LocalDate from, LocalDate to, String note) {}

    @PostMapping("/alliances/{id}/chair")
    @Operation(
            summary = "Hand over the chair",
            description =
                    "Record which member organization chairs the alliance from a date (the alliance " + "secretariat).")
    ChairTermSummary handOver(@PathVariable long id, @RequestBody Handover body, CurrentUser user) {
        return alliances.handOverChair(user, id, body.organizationId(), body.from(), body.to(), body.note());
    }

    @GetMapping("/alliances/{id}/experts")
    @Operation(summary = "An alliance's experts", description = "The experts appointed by the alliance.")
    List<PersonSummary> experts(@PathVariable long id) {
        alliances.get(id);
        return people.expertsOf(id);
    }

    /** A think-tank appointment. */
    record NewAppointment(long personId, Map<String, String> role, LocalDate from, LocalDate to, String document) {}

    @PostMapping("/alliances/{id}/appointments")
    @Operation(
            summary = "Appoint an expert",
            description = "Appoint a person as an expert of the alliance (the alliance secretariat).")
    PersonSummary appoint(@PathVariable long id, @RequestBody NewAppointment body, CurrentUser user) {
        return appointments.appoint(user, id, body.personId(), body.role(), body.from(), body.to(), body.document());
    }
}
