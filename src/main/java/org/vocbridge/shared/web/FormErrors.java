package org.vocbridge.shared.web;

import org.springframework.validation.BindingResult;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InvalidInputException;

/** Puts the problems of a rejected write on a page form, to be shown beside the fields. */
public final class FormErrors {

    private FormErrors() {}

    public static void add(BindingResult result, InvalidInputException e) {
        for (InvalidInputException.FieldProblem problem : e.problems()) {
            if (result.getModel().containsKey(result.getObjectName())) {
                try {
                    result.rejectValue(problem.field(), problem.code(), problem.args(), problem.code());
                    continue;
                } catch (org.springframework.beans.NotReadablePropertyException ignored) {
                    // a problem that no form field shows goes to the top of the form
                }
            }
            result.reject(problem.code(), problem.args(), problem.code());
        }
    }

    public static void add(BindingResult result, ConcurrentEditException e) {
        result.reject("error.concurrentEdit", "error.concurrentEdit");
    }
}
