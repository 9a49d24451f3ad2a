package org.vocbridge.observatory.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.observatory.IndicatorSummary;
import org.vocbridge.observatory.ReleaseDetail;
import org.vocbridge.observatory.domain.CountryStewards;
import org.vocbridge.observatory.domain.Indicators;
import org.vocbridge.observatory.domain.Releases;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.security.CurrentUser;

/** A release of a country's values: what it changes, and the reviewer's approval or return. */
@Controller
@RequestMapping("/observatory")
@RequiredArgsConstructor
class ReleasePages {

    private final Indicators indicators;
    private final Releases releases;
    private final CountryStewards stewards;

    @GetMapping("/releases/{id}")
    String release(@PathVariable long id, CurrentUser user, Locale locale, Model model) {
        ReleaseDetail detail = releases.release(user, id);
        model.addAttribute("detail", detail);
        model.addAttribute("mayApprove", releases.mayApprove(user, id));
        model.addAttribute("writer", stewards.writes(user, detail.release().country()));
        Map<String, IndicatorSummary> byCode = new HashMap<>();
        indicators.all().forEach(i -> byCode.put(i.code(), i));
        model.addAttribute("indicatorsByCode", byCode);
        Map<String, String> labels = new HashMap<>();
        detail.entries().forEach(e -> {
            IndicatorSummary i = byCode.get(e.indicator());
            labels.put(
                    e.indicator() + "/" + e.breakdown().key(),
                    i == null ? e.breakdown().key() : i.label(e.breakdown(), locale));
        });
        model.addAttribute("labels", labels);
        return "observatory/release";
    }

    @PostMapping("/releases/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return decide(
                id,
                user,
                locale,
                model,
                redirect,
                "observatory.release.published",
                () -> releases.approve(user, id, version));
    }

    @PostMapping("/releases/{id}/return")
    String sendBack(
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String note,
            CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return decide(
                id,
                user,
                locale,
                model,
                redirect,
                "observatory.release.returned",
                () -> releases.sendBack(user, id, note, version));
    }

    /** A reviewer's decision: done, or the release page again with what stood in the way. */
    private String decide(
            long id,
            CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            String notice,
            Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/observatory/releases/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        } catch (ConcurrentEditException e) {
            model.addAttribute(
                    "problems", List.of(new InvalidInputException.FieldProblem("release", "error.concurrentEdit")));
        }
        return release(id, user, locale, model);
    }
}
