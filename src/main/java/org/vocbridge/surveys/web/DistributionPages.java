package org.vocbridge.surveys.web;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.surveys.QuestionType;
import org.vocbridge.surveys.domain.Distribution;
import org.vocbridge.surveys.domain.QuestionnairePages;
import org.vocbridge.surveys.domain.Surveys;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * A survey's page: for anyone its title and downloads; for its owner also its links, dates,
 * consent page, publication, invitation codes and quotas.
 */
@Controller
@RequestMapping("/surveys/{formId}")
@RequiredArgsConstructor
class DistributionPages {

    private final Surveys surveys;
    private final Distribution distribution;
    private final TaxonomyApi taxonomy;
    private final PageProblems problems;

    @GetMapping
    String survey(@PathVariable String formId, CurrentUser user, Model model) {
        model.addAttribute("survey", surveys.get(formId));
        boolean manager = surveys.canManage(user, formId);
        model.addAttribute("manager", manager);
        Distribution.Settings settings = distribution.settings(formId);
        model.addAttribute("settings", settings);
        if (!settings.description().isEmpty()) {
            model.addAttribute(
                    "pageDescription",
                    settings.description()
                            .resolve(LocaleContextHolder.getLocale())
                            .text());
        }
        model.addAttribute("takePart", distribution.publicPath(formId).orElse(null));
        model.addAttribute("length", QuestionnairePages.length(surveys.definition(formId)));
        if (manager) {
            if (!model.containsAttribute("settingsForm")) {
                model.addAttribute("settingsForm", SettingsForm.of(settings));
            }
            model.addAttribute("links", distribution.links(user, formId));
            model.addAttribute("invitations", distribution.invitations(formId));
            model.addAttribute("quotas", distribution.quotas(user, formId));
            model.addAttribute("countries", taxonomy.countries());
            model.addAttribute(
                    "choiceQuestions",
                    surveys.definition(formId).singleQuestions().stream()
                            .filter(q -> q.type() == QuestionType.SELECT_ONE)
                            .toList());
        }
        return "surveys/survey";
    }

    @PostMapping("/settings")
    String settings(
            @PathVariable String formId,
            @ModelAttribute("settingsForm") SettingsForm form,
            BindingResult result,
            CurrentUser user,
            RedirectAttributes redirect,
            Model model,
            HttpServletResponse response) {
        return FormErrors.submit(
                result,
                () -> {
                    distribution.configure(user, formId, form.settings());
                    redirect.addFlashAttribute("notice", "surveys.saved");
                    return "redirect:/surveys/" + formId;
                },
                () -> {
                    surveys.requireManager(user, formId);
                    response.setStatus(422);
                    return survey(formId, user, model);
                });
    }

    @PostMapping("/links")
    String addLink(
            @PathVariable String formId,
            @RequestParam(defaultValue = "") String channel,
            @RequestParam(defaultValue = "") String country,
            CurrentUser user,
            Model model,
            HttpServletResponse response) {
        try {
            distribution.addLink(user, formId, channel, country, null);
            return "redirect:/surveys/" + formId + "#links";
        } catch (InvalidInputException e) {
            return refused(e, formId, user, model, response);
        }
    }

    @PostMapping("/links/{id}")
    String setLinkActive(
            @PathVariable String formId, @PathVariable long id, @RequestParam boolean active, CurrentUser user) {
        distribution.setLinkActive(user, formId, id, active);
        return "redirect:/surveys/" + formId + "#links";
    }

    @PostMapping("/invitations")
    String invite(
            @PathVariable String formId,
            @RequestParam(defaultValue = "0") int count,
            CurrentUser user,
            Model model,
            HttpServletResponse response) {
        try {
            model.addAttribute("codes", distribution.invite(user, formId, count));
        } catch (InvalidInputException e) {
            return refused(e, formId, user, model, response);
        }
        return survey(formId, user, model);
    }

    @PostMapping("/quotas")
    String quota(
            @PathVariable String formId,
            @RequestParam String country,
            @RequestParam(defaultValue = "0") int maxResponses,
            CurrentUser user,
            Model model,
            HttpServletResponse response) {
        try {
            distribution.setQuota(user, formId, country, maxResponses);
            return "redirect:/surveys/" + formId + "#quotas";
        } catch (InvalidInputException e) {
            return refused(e, formId, user, model, response);
        }
    }

    /** The survey's page again with what was wrong (422), nothing changed. */
    private String refused(
            InvalidInputException e, String formId, CurrentUser user, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("problems", problems.of(e));
        return survey(formId, user, model);
    }
}
