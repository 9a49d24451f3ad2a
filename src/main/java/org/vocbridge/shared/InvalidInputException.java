package org.vocbridge.shared;

import java.io.Serializable;
import java.util.List;

/**
 * Input that breaks a rule. Carries every problem found, each with a message code from the
 * bundles so pages and the API can say it in the reader's language. Nothing has been changed.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /**
     * One problem with one field.
     *
     * @param field the field path as the form or JSON names it, for example {@code name} or
     *     {@code country}
     * @param code a message code, for example {@code error.country.unknown}
     * @param args arguments of the message
     */
    public record FieldProblem(String field, String code, Object... args) implements Serializable {}
}
