package org.vocbridge.ventures.web;

import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.vocbridge.shared.web.ApiProblems;
import org.vocbridge.ventures.PossibleDuplicatesException;

/** A venture not registered because it may be recorded already: 409 with the ventures it may be. */
@RestControllerAdvice(assignableTypes = VenturesApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class VentureProblems {

    private final ApiProblems problems;

    @ExceptionHandler(PossibleDuplicatesException.class)
    ResponseEntity<ProblemDetail> possibleDuplicates(PossibleDuplicatesException e, Locale locale) {
        return problems.problem(
                HttpStatus.CONFLICT,
                "possible-duplicates",
                "error.venture.possibleDuplicates",
                locale,
                Map.of("duplicates", e.duplicates()));
    }
}
