package org.vocbridge.matching.web;

import java.util.EnumMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.vocbridge.matching.MatchExplanation.ComponentKind;
import org.vocbridge.matching.domain.Algorithms;
import org.vocbridge.matching.domain.MatchFeedback;
import org.vocbridge.matching.domain.Weights;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;

/** The feedback page: acceptance by band, decline reasons, and a weight set to compare on them. */
@Controller
@RequiredArgsConstructor
class MatchFeedbackPages {

    private final MatchFeedback feedback;
    private final Algorithms algorithms;

    /** A weight set as typed, one field per component, in basis points. */
    record WeightsForm(
            Integer occupation,
            Integer skills,
            Integer field,
            Integer language,
            Integer quantity,
            Integer timing,
            Integer mobility,
            String note) {

        static WeightsForm of(Map<ComponentKind, Integer> w) {
            return new WeightsForm(
                    w.get(ComponentKind.OCCUPATION),
                    w.get(ComponentKind.SKILLS),
                    w.get(ComponentKind.FIELD),
                    w.get(ComponentKind.LANGUAGE),
                    w.get(ComponentKind.QUANTITY),
                    w.get(ComponentKind.TIMING),
                    w.get(ComponentKind.MOBILITY),
                    null);
        }

        Map<ComponentKind, Integer> weights() {
            Map<ComponentKind, Integer> w = new EnumMap<>(ComponentKind.class);
            w.put(ComponentKind.OCCUPATION, occupation);
            w.put(ComponentKind.SKILLS, skills);
            w.put(ComponentKind.FIELD, field);
            w.put(ComponentKind.LANGUAGE, language);
            w.put(ComponentKind.QUANTITY, quantity);
            w.put(ComponentKind.TIMING, timing);
            w.put(ComponentKind.MOBILITY, mobility);
            return w;
        }
    }

    @GetMapping("/matching/feedback")
    String report(CurrentUser user, Model model) {
        return page(model, user, null, null);
    }

    @PostMapping("/matching/feedback")
    String compare(@ModelAttribute("form") WeightsForm form, BindingResult result, CurrentUser user, Model model) {
        user.requireAdmin();
        MatchFeedback.Comparison comparison = null;
        if (!result.hasErrors()) {
            try {
                comparison = feedback.compare(user, form.weights());
            } catch (InvalidInputException e) {
                FormErrors.add(result, e);
            }
        }
        return page(model, user, form, comparison);
    }

    @PostMapping("/matching/feedback/publication")
    String publish(@ModelAttribute("form") WeightsForm form, BindingResult result, CurrentUser user, Model model) {
        user.requireAdmin();
        return FormErrors.submit(
                result,
                () -> {
                    algorithms.publish(user, form.weights(), form.note());
                    return "redirect:/matching/feedback?published#versions";
                },
                () -> page(model, user, form, null));
    }

    private String page(Model model, CurrentUser user, WeightsForm form, MatchFeedback.Comparison comparison) {
        model.addAttribute("report", feedback.report(user));
        Weights current = algorithms.current();
        FormErrors.show(model, "form", form == null ? WeightsForm.of(current.weights()) : form);
        model.addAttribute("comparison", comparison);
        model.addAttribute("algorithm", current.algorithm());
        model.addAttribute("versions", algorithms.history());
        model.addAttribute("kinds", ComponentKind.values());
        return "matching/feedback";
    }
}
