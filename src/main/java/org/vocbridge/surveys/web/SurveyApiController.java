package org.vocbridge.surveys.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Downloads;
import org.vocbridge.shared.web.FrequentRequests;
import org.vocbridge.surveys.Questionnaire;
import org.vocbridge.surveys.SurveySummary;
import org.vocbridge.surveys.domain.Distribution;
import org.vocbridge.surveys.domain.ResponseExport;
import org.vocbridge.surveys.domain.Responses;
import org.vocbridge.surveys.domain.ResultTables;
import org.vocbridge.surveys.domain.SubmissionLimit;
import org.vocbridge.surveys.domain.Surveys;

@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Surveys", description = "Questionnaires (XLSForm in and out) and their responses")
@RequiredArgsConstructor
class SurveyApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Surveys surveys;
    private final Responses responses;
    private final SubmissionLimit limit;
    private final Distribution distribution;
    private final ResultTables results;
    private final ResponseExport export;

    @GetMapping
    @Operation(
            summary = "List surveys",
            description = "Every survey with its title in each language, its status and its owner's display name.")
    List<SurveySummary> list() {
        return surveys.all();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a questionnaire from XLSForm",
            description = "An XLSForm workbook (sheets survey, choices, settings). What is not supported is "
                    + "reported by sheet, row and column (400) and nothing is kept.")
    ResponseEntity<SurveySummary> importXlsForm(@RequestPart("file") MultipartFile file, CurrentUser user)
            throws IOException {
        SurveySummary created = surveys.importXlsForm(user, file.getInputStream());
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + created.formId()))
                .body(created);
    }

    @GetMapping("/{formId}")
    @Operation(
            summary = "A questionnaire",
            description = "Its questions, sections, choice lists and logic, in every language.")
    Questionnaire definition(@PathVariable String formId) {
        return surveys.definition(formId);
    }

    @GetMapping("/{formId}/summary")
    @Operation(summary = "A survey's summary", description = "Title, status, owner's display name and response count.")
    SurveySummary summary(@PathVariable String formId) {
        return surveys.get(formId);
    }

    @GetMapping("/{formId}/xlsform")
    @Operation(
            summary = "Download a questionnaire as XLSForm",
            description = "The questionnaire as an XLSForm workbook, with every language's labels.")
    void xlsForm(@PathVariable String formId, HttpServletResponse response) throws IOException {
        surveys.get(formId);
        Downloads.attachment(response, XLSX, formId + ".xlsx");
        surveys.exportXlsForm(formId, response.getOutputStream());
    }

    @PostMapping("/{formId}/responses")
    @FrequentRequests
    @Operation(
            summary = "Submit a response",
            description = "No sign-in needed. Send the instance ID the form created: 201 once the answers are "
                    + "committed; the same ID with the same answers again gives 200 and the same receipt, "
                    + "storing nothing; with other answers 409. Answers are checked as the form's logic says, "
                    + "at most 50 problems are listed. Too many from one source in a short time: 429 with "
                    + "Retry-After, others unaffected.")
    ResponseEntity<Responses.Receipt> submit(
            @PathVariable String formId, @RequestBody Responses.Submission submission, HttpServletRequest request) {
        // the client's address (behind a trusted proxy, the one it forwards) counts submissions, and
        // is not passed on
        limit.take(request.getRemoteAddr());
        Responses.Receipt receipt = responses.submit(formId, submission);
        return ResponseEntity.status(receipt.replay() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(receipt);
    }

    @GetMapping("/{formId}/results")
    @Operation(
            summary = "Results of a survey",
            description = "Counts and percentages of each choice question's answers, overall or by country, "
                    + "language or channel. The owner sees every count (published=true shows what others see); "
                    + "others only published results, where a count from 1 to k-1, or one that could be worked "
                    + "out from the totals, is -1 (hidden).")
    ResultTables.Results results(
            @PathVariable String formId,
            @RequestParam(defaultValue = "all") String by,
            @RequestParam(defaultValue = "false") boolean published,
            CurrentUser user) {
        return results.results(user, formId, by, published);
    }

    @GetMapping("/{formId}/crosstab")
    @Operation(
            summary = "Cross-tabulate two questions",
            description = "Respondents by the choices of two questions (rows, columns); hidden cells as for the "
                    + "results.")
    ResultTables.Table crossTab(
            @PathVariable String formId,
            @RequestParam String rows,
            @RequestParam String columns,
            @RequestParam(defaultValue = "false") boolean published,
            CurrentUser user) {
        return results.crossTab(user, formId, rows, columns, published);
    }

    @GetMapping("/{formId}/tables.csv")
    @Operation(
            summary = "Results as CSV",
            description = "The results' tables as CSV, hidden cells written as suppressed; with question, that "
                    + "question's table only.")
    void tables(
            @PathVariable String formId,
            @RequestParam(defaultValue = "all") String by,
            @RequestParam(defaultValue = "false") boolean published,
            @RequestParam(required = false) String question,
            CurrentUser user,
            HttpServletResponse response)
            throws IOException {
        results.results(user, formId, by, published); // refuses before anything is written
        Downloads.attachment(response, "text/csv; charset=UTF-8", formId + "-tables.csv");
        export.tablesCsv(user, formId, by, published, question, response.getOutputStream());
    }

    @GetMapping("/{formId}/responses.csv")
    @Operation(
            summary = "Every response as CSV",
            description = "One column per question (the owner only), streamed. With repeat, the instances of that "
                    + "repeated section: one row each, after the response's instance ID and the instance's "
                    + "number.")
    void responsesCsv(
            @PathVariable String formId,
            @RequestParam(required = false) String repeat,
            CurrentUser user,
            HttpServletResponse response)
            throws IOException {
        surveys.requireManager(user, formId);
        if (repeat != null
                && surveys.definition(formId).repeats().stream()
                        .noneMatch(r -> r.name().equals(repeat))) {
            throw new NotFoundException("Repeat", repeat);
        }
        Downloads.attachment(
                response, "text/csv; charset=UTF-8", formId + "-" + (repeat == null ? "responses" : repeat) + ".csv");
        export.csv(user, formId, repeat, response.getOutputStream());
    }

    @GetMapping("/{formId}/responses.xlsx")
    @Operation(
            summary = "Every response as XLSX",
            description = "Every response as XLSX with a codebook sheet (the owner only), streamed.")
    void responsesXlsx(@PathVariable String formId, CurrentUser user, HttpServletResponse response) throws IOException {
        surveys.requireManager(user, formId);
        Downloads.attachment(response, XLSX, formId + "-responses.xlsx");
        export.xlsx(user, formId, response.getOutputStream());
    }

    @GetMapping("/{formId}/codebook.csv")
    @Operation(
            summary = "The codebook of the export",
            description = "Each column's type and labels, each choice's code (the owner only).")
    void codebook(@PathVariable String formId, CurrentUser user, HttpServletResponse response) throws IOException {
        surveys.requireManager(user, formId);
        Downloads.attachment(response, "text/csv; charset=UTF-8", formId + "-codebook.csv");
        export.codebookCsv(user, formId, response.getOutputStream());
    }

    @GetMapping("/{formId}/distribution")
    @Operation(
            summary = "How a survey is distributed",
            description = "When it is open, its consent page, invitation only, k and publication; quotas' counts "
                    + "for the owner only.")
    Distribution.Settings distribution(@PathVariable String formId) {
        return distribution.settings(formId);
    }

    @PutMapping("/{formId}/distribution")
    @Operation(
            summary = "Set how a survey is distributed",
            description = "Set when the survey is open, its consent page, invitation only, k and publication (the "
                    + "owner).")
    Distribution.Settings configure(
            @PathVariable String formId, @RequestBody Distribution.Settings settings, CurrentUser user) {
        return distribution.configure(user, formId, settings);
    }

    @GetMapping("/{formId}/links")
    @Operation(
            summary = "A survey's links",
            description = "The links for each audience with their response counts (the owner).")
    List<Distribution.LinkSummary> links(@PathVariable String formId, CurrentUser user) {
        return distribution.links(user, formId);
    }

    /** A new link: its channel, and the country or alliance it is for (either may be left out). */
    record LinkRequest(String channel, String country, Long allianceId) {}

    @PostMapping("/{formId}/links")
    @Operation(
            summary = "Add a link",
            description = "Add a link for an audience (public, an alliance, a country); responses by it record its "
                    + "channel (the owner).")
    ResponseEntity<Distribution.LinkSummary> addLink(
            @PathVariable String formId, @RequestBody LinkRequest request, CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(distribution.addLink(user, formId, request.channel(), request.country(), request.allianceId()));
    }

    record InvitationRequest(int count) {}

    @PostMapping("/{formId}/invitations")
    @Operation(
            summary = "Make invitation codes",
            description = "Make invitation codes, each good for one response (the owner); they are shown only in "
                    + "this answer.")
    ResponseEntity<List<String>> invite(
            @PathVariable String formId, @RequestBody InvitationRequest request, CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(distribution.invite(user, formId, request.count()));
    }

    @GetMapping("/{formId}/quotas")
    @Operation(
            summary = "The quotas per country",
            description = "The survey's owner sees each country's most responses and how many it has taken; "
                    + "everyone else only whether it is full.")
    List<Distribution.Quota> quotas(@PathVariable String formId, CurrentUser user) {
        return distribution.quotas(user, formId);
    }

    record QuotaRequest(int maxResponses) {}

    @PutMapping("/{formId}/quotas/{country}")
    @Operation(
            summary = "Set a country's quota",
            description = "Set the most responses a country may give (the owner); 0 removes the quota.")
    List<Distribution.Quota> setQuota(
            @PathVariable String formId,
            @PathVariable String country,
            @RequestBody QuotaRequest request,
            CurrentUser user) {
        distribution.setQuota(user, formId, country, request.maxResponses());
        return distribution.quotas(user, formId);
    }
}
