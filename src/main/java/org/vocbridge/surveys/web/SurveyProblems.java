package org.vocbridge.surveys.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.vocbridge.shared.web.ApiProblems;
import org.vocbridge.surveys.domain.Responses;
import org.vocbridge.surveys.domain.SubmissionLimit;
import org.vocbridge.surveys.domain.XlsForm;

/** The surveys API's own problems as RFC 9457 details: a refused XLSForm, a conflicting instance ID, too many submissions. */
@RestControllerAdvice(assignableTypes = SurveyApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class SurveyProblems {

    private final MessageSource messages;
    private final ApiProblems problems;

    /** One problem of a refused workbook. */
    record FormError(String sheet, int row, String column, String code, String message) {}

    @ExceptionHandler(XlsForm.RejectedFormException.class)
    ResponseEntity<ProblemDetail> rejected(XlsForm.RejectedFormException e, Locale locale) {
        List<FormError> errors = e.problems().stream()
                .map(p -> new FormError(
                        p.sheet(),
                        p.row(),
                        p.column(),
                        p.code(),
                        messages.getMessage(p.code(), p.args().toArray(), p.code(), locale)))
                .toList();
        return problems.problem(
                HttpStatus.BAD_REQUEST, "rejected-form", "error.xlsform.rejected", locale, Map.of("errors", errors));
    }

    @ExceptionHandler(SubmissionLimit.TooManySubmissionsException.class)
    ResponseEntity<ProblemDetail> tooMany(SubmissionLimit.TooManySubmissionsException e, Locale locale) {
        ResponseEntity<ProblemDetail> problem = problems.problem(
                HttpStatus.TOO_MANY_REQUESTS, "too-many-submissions", "error.survey.tooMany", locale, Map.of());
        return ResponseEntity.status(problem.getStatusCode())
                .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                .body(problem.getBody());
    }

    @ExceptionHandler(Responses.InstanceConflictException.class)
    ResponseEntity<ProblemDetail> conflict(Responses.InstanceConflictException e, Locale locale) {
        return problems.problem(
                HttpStatus.CONFLICT, "instance-conflict", "error.survey.instanceConflict", locale, Map.of());
    }
}
