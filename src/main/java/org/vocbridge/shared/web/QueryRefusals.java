package org.vocbridge.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.vocbridge.shared.InvalidInputException;

/**
 * A page asked for with a query that breaks a rule (neither an alliance nor a college, an unknown
 * country group): the error page, 400, saying what was wrong in the reader's language. Forms handle
 * their own problems beside their fields; under {@code /api} it is a problem detail as always.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
@RequiredArgsConstructor
class QueryRefusals {

    /** The request attribute the error page reads the problems from. */
    static final String PROBLEMS = QueryRefusals.class.getName() + ".problems";

    private final ApiProblems problems;

    @ExceptionHandler(InvalidInputException.class)
    Object refuse(InvalidInputException e, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return problems.invalid(e, locale);
        }
        // the error controller answers with the error page, in the page layout
        request.setAttribute(PROBLEMS, e.problems());
        response.sendError(HttpStatus.BAD_REQUEST.value());
        return null;
    }
}
