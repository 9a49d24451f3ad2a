package org.vocbridge.surveys.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.surveys.Questionnaire;
import org.vocbridge.surveys.ResponseService;
import org.vocbridge.surveys.SubmissionLimit;
import org.vocbridge.surveys.SurveyService;
import org.vocbridge.surveys.SurveySummary;

@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Surveys", description = "Questionnaires (XLSForm in and out) and their responses")
class SurveyApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SurveyService surveys;
    private final ResponseService responses;
    private final SubmissionLimit limit;

    SurveyApiController(SurveyService surveys, ResponseService responses, SubmissionLimit limit) {
        this.surveys = surveys;
        this.responses = responses;
        this.limit = limit;
    }

    @GetMapping
    List<SurveySummary> list() {
        return surveys.all();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a questionnaire from an XLSForm workbook (sheets survey, choices, settings); what is not"
                    + " supported is reported by sheet, row and column (400) and nothing is kept")
    ResponseEntity<SurveySummary> importXlsForm(@RequestPart("file") MultipartFile file, CurrentUser user)
            throws IOException {
        SurveySummary created = surveys.importXlsForm(user, file.getInputStream());
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + created.formId()))
                .body(created);
    }

    @GetMapping("/{formId}")
    @Operation(summary = "The questionnaire: its questions, sections, choice lists and logic, in every language")
    Questionnaire definition(@PathVariable String formId) {
        return surveys.definition(formId);
    }

    @GetMapping("/{formId}/summary")
    SurveySummary summary(@PathVariable String formId) {
        return surveys.get(formId);
    }

    @GetMapping("/{formId}/xlsform")
    @Operation(summary = "The questionnaire as an XLSForm workbook")
    void xlsForm(@PathVariable String formId, HttpServletResponse response) throws IOException {
        surveys.get(formId);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + formId + ".xlsx\"");
        surveys.exportXlsForm(formId, response.getOutputStream());
    }

    @PostMapping("/{formId}/responses")
    @Operation(
            summary = "Submit a response with the instance ID the form created (no sign-in needed). 201 once the"
                    + " answers are committed; the same ID with the same answers again gives 200 and the same"
                    + " receipt, storing nothing; with other answers 409. Answers are checked as the form's logic says."
                    + " Too many from one source in a short time: 429 with Retry-After, others unaffected")
    ResponseEntity<ResponseService.Receipt> submit(
            @PathVariable String formId,
            @RequestBody ResponseService.Submission submission,
            HttpServletRequest request) {
        // the client's address (behind a trusted proxy, the one it forwards) counts submissions, and
        // is not passed on
        limit.take(request.getRemoteAddr());
        ResponseService.Receipt receipt = responses.submit(formId, submission);
        return ResponseEntity.status(receipt.replay() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(receipt);
    }
}
