package org.vocbridge.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Uploads refused before any controller sees them: a file over the size limit (413), and a request
 * to an upload address that carries no file at all (400). A problem detail under {@code /api}, the
 * error page elsewhere.
 */
@ControllerAdvice
@RequiredArgsConstructor
class UploadRefusals {

    private final ApiProblems problems;

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        return refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "error.upload.tooLarge", locale);
    }

    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    Object noFile(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        return refuse(request, response, HttpStatus.BAD_REQUEST, "invalid-input", "error.upload.missing", locale);
    }

    private Object refuse(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String type,
            String title,
            Locale locale)
            throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.problem(status, type, title, locale, Map.of())
                            .getBody());
        }
        // the error controller answers with the error page, in the page layout
        response.sendError(status.value());
        return null;
    }
}
