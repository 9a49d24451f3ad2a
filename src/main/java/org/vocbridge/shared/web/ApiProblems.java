package org.vocbridge.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.ControlCharacters;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.spreadsheet.RejectedRowsException;
import org.vocbridge.shared.spreadsheet.UnreadableSpreadsheetException;
import tools.jackson.core.JacksonException;

/** Errors of {@code /api/v1} as RFC 9457 problem details, with messages in the caller's language. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@RequiredArgsConstructor
public class ApiProblems {

    private final MessageSource messages;

    /** One field error inside a problem detail. */
    public record FieldError(String field, String code, String message) {}

    @ExceptionHandler(InvalidInputException.class)
    public ResponseEntity<ProblemDetail> invalid(InvalidInputException e, Locale locale) {
        List<FieldError> errors = e.problems().stream()
                .map(p ->
                        new FieldError(p.field(), p.code(), messages.getMessage(p.code(), p.args(), p.code(), locale)))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "error.invalidInput", locale, Map.of("errors", errors));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, Locale locale) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getCode(), messages.getMessage(f, locale)))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "error.invalidInput", locale, Map.of("errors", errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(Exception e, Locale locale) {
        if (NestedExceptionUtils.getRootCause(e) instanceof RequestBodyLimit.BodyTooLargeException) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "error.http.413", locale, Map.of());
        }
        if (NestedExceptionUtils.getRootCause(e) instanceof ControlCharacterRefusals.ControlCharacterException c) {
            return invalid(
                    new InvalidInputException(
                            List.of(new InvalidInputException.FieldProblem(jsonPath(c), ControlCharacters.CODE))),
                    locale);
        }
        return problem(HttpStatus.BAD_REQUEST, "unreadable", "error.unreadable", locale, Map.of());
    }

    /** Where in a JSON body a value is: {@code name.en}, {@code values[2].value}. */
    private static String jsonPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * A parameter that is not of its type ({@code page=abc}), or text with a control character, named
     * in the problem.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> mistyped(MethodArgumentTypeMismatchException e, Locale locale) {
        String code = e.getRequiredType() == String.class ? ControlCharacters.CODE : "error.parameter.type";
        return invalid(
                new InvalidInputException(List.of(new InvalidInputException.FieldProblem(e.getName(), code))), locale);
    }

    /** A required parameter or file part that is missing, named in the problem. */
    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    public ResponseEntity<ProblemDetail> missing(Exception e, Locale locale) {
        String name = e instanceof MissingServletRequestParameterException p
                ? p.getParameterName()
                : ((MissingServletRequestPartException) e).getRequestPartName();
        return invalid(
                new InvalidInputException(List.of(new InvalidInputException.FieldProblem(name, "error.required"))),
                locale);
    }

    @ExceptionHandler(UnreadableSpreadsheetException.class)
    public ResponseEntity<ProblemDetail> unreadableFile(UnreadableSpreadsheetException e, Locale locale) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "unreadable-file",
                e.code(),
                locale,
                Map.of(
                        "errors",
                        List.of(new FieldError("file", e.code(), messages.getMessage(e.code(), null, locale)))));
    }

    /** One bad row of a refused file inside a problem detail. */
    public record RowError(int row, String column, String code, String message) {}

    @ExceptionHandler(RejectedRowsException.class)
    public ResponseEntity<ProblemDetail> rejectedRows(RejectedRowsException e, Locale locale) {
        List<RowError> errors = e.problems().stream()
                .map(p -> new RowError(
                        p.row(),
                        p.column(),
                        p.code(),
                        messages.getMessage(p.code(), p.args().toArray(), p.code(), locale)))
                .toList();
        return problem(
                HttpStatus.BAD_REQUEST,
                "rejected-rows",
                "error.rejectedRows",
                locale,
                Map.of("rows", e.rows(), "errors", errors));
    }

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<ProblemDetail> notFound(NotFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "error.notFound", locale, Map.of());
    }

    @ExceptionHandler({ConcurrentEditException.class, OptimisticLockingFailureException.class})
    public ResponseEntity<ProblemDetail> conflict(RuntimeException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "concurrent-edit", "error.concurrentEdit", locale, Map.of());
    }

    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    public ResponseEntity<ProblemDetail> unauthenticated(RuntimeException e, Locale locale) {
        return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "error.unauthenticated", locale, Map.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden", locale, Map.of());
    }

    /** A problem detail of the given type ({@code urn:vocbridge:problem:<type>}) titled in the caller's language. */
    public ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String type, String titleCode, Locale locale, Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:vocbridge:problem:" + type));
        problem.setTitle(messages.getMessage(titleCode, null, locale));
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }
}
