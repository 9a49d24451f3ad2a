package org.vocbridge.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file upload over the size limit, refused before any controller sees it (413): a problem detail
 * under {@code /api}, the error page elsewhere.
 */
@ControllerAdvice
@RequiredArgsConstructor
class UploadTooLarge {

    private final ApiProblems problems;

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, Locale locale) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.problem(
                                    HttpStatus.PAYLOAD_TOO_LARGE,
                                    "too-large",
                                    "error.upload.tooLarge",
                                    locale,
                                    Map.of())
                            .getBody());
        }
        return new ModelAndView("error", Map.of("status", 413), HttpStatus.PAYLOAD_TOO_LARGE);
    }
}
