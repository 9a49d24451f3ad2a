package org.vocbridge.shared.web;

import java.util.function.Supplier;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InvalidInputException;

/** Puts the problems of a rejected write on a page form, to be shown beside the fields. */
public final class FormErrors {

    private FormErrors() {}

    /**
     * Submits a page form: when it was read without errors, the write runs and its page (a redirect)
     * is the answer; when the form or the write is refused, the form is shown again with every
     * problem beside its field, and nothing was changed.
     */
    public static String submit(BindingResult result, Supplier<String> write, Supplier<String> formAgain) {
        if (!result.hasErrors()) {
            try {
                return write.get();
            } catch (InvalidInputException e) {
                add(result, e);
            } catch (ConcurrentEditException e) {
                result.reject("error.concurrentEdit", "error.concurrentEdit");
            }
        }
        return formAgain.get();
    }

    public static void add(BindingResult result, InvalidInputException e) {
        for (InvalidInputException.FieldProblem problem : e.problems()) {
            if (result.getModel().containsKey(result.getObjectName())) {
                try {
                    result.rejectValue(problem.field(), problem.code(), problem.args(), problem.code());
                    continue;
                } catch (InvalidPropertyException ignored) {
                    // a problem that no form field shows goes to the top of the form
                }
            }
            result.reject(problem.code(), problem.args(), problem.code());
        }
    }

    /**
     * Puts a form on the model to be shown (again). When a value could not even be read (a number
     * that is not one, a control character), the form was never built and its errors are kept on a
     * result of their own, so they still show beside their fields with what was typed.
     */
    public static void show(Model model, String name, Object form) {
        Object read = model.asMap().get(BindingResult.MODEL_KEY_PREFIX + name);
        model.addAttribute(name, form);
        if (read instanceof BindingResult errors && errors.getTarget() == null && form != null) {
            BeanPropertyBindingResult kept = new BeanPropertyBindingResult(form, name);
            kept.addAllErrors(errors);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, kept);
        }
    }
}
