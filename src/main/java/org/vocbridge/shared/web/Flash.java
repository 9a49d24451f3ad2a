package org.vocbridge.shared.web;

import java.util.List;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InvalidInputException;

/**
 * An action started from a page button: it runs, and the next page says how it went, either a
 * notice (a message code) or the problems that stopped it (nothing was changed then).
 */
public final class Flash {

    private Flash() {}

    public static void run(RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.problems());
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute(
                    "problems", List.of(new InvalidInputException.FieldProblem("version", "error.concurrentEdit")));
        }
    }
}
