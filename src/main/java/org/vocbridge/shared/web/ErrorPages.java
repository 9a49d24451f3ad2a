package org.vocbridge.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What answers when a request ends in an error no controller handled: an unknown address, a
 * method or media type not served, a body over the size limit, a refused sign-in. Under
 * {@code /api} an RFC 9457 problem detail in the caller's language, elsewhere the error page.
 */
@Controller
@RequiredArgsConstructor
class ErrorPages implements ErrorController {

    private static final Map<Integer, String> TYPES = Map.of(
            400, "unreadable",
            401, "unauthenticated",
            403, "forbidden",
            404, "not-found",
            405, "method-not-allowed",
            406, "not-acceptable",
            413, "too-large",
            415, "unsupported-media-type",
            429, "too-many-requests");

    private final ApiProblems problems;

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Locale locale, Model model) {
        HttpStatus status = status(request);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
            String type = TYPES.get(status.value());
            ResponseEntity<ProblemDetail> problem = type == null
                    ? problems.problem(status, "internal", "error.http.500", locale, Map.of())
                    : problems.problem(status, type, "error.http." + status.value(), locale, Map.of());
            ProblemDetail body = problem.getBody();
            try {
                body.setInstance(URI.create(uri));
            } catch (IllegalArgumentException notAUri) {
                body.setInstance(null);
            }
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(body);
        }
        model.addAttribute("status", status.value());
        model.addAttribute("problems", request.getAttribute(QueryRefusals.PROBLEMS));
        return "error";
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
