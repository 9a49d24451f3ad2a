package org.vocbridge.ventures.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Downloads;
import org.vocbridge.shared.web.Flash;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.taxonomy.TaxonomyApi;
import org.vocbridge.ventures.FieldGroup;
import org.vocbridge.ventures.NeedKind;
import org.vocbridge.ventures.NeedStatus;
import org.vocbridge.ventures.NeedSummary;
import org.vocbridge.ventures.OutcomeKind;
import org.vocbridge.ventures.TeamRole;
import org.vocbridge.ventures.VentureSummary;
import org.vocbridge.ventures.domain.Completeness;
import org.vocbridge.ventures.domain.VentureFreshness;
import org.vocbridge.ventures.domain.VentureLogos;
import org.vocbridge.ventures.domain.VentureMerges;
import org.vocbridge.ventures.domain.VentureNeeds;
import org.vocbridge.ventures.domain.VentureOutcomes;
import org.vocbridge.ventures.domain.VentureTeams;
import org.vocbridge.ventures.domain.Ventures;
import org.vocbridge.ventures.web.VentureDetailForms.NeedForm;
import org.vocbridge.ventures.web.VentureDetailForms.OutcomeForm;
import org.vocbridge.ventures.web.VentureDetailForms.TeamMemberForm;

/**
 * A venture's profile page: what it is, its team, needs and outcomes, and for its keepers the forms
 * that add to them and the confirmation of each group of fields; for its college and alliances, the
 * verification of its outcomes. A refused form is shown again in place with its problems.
 */
@Controller
@RequestMapping("/ventures/{id}")
@RequiredArgsConstructor
class VentureProfilePages {

    private static final int PERSON_OPTIONS = 20;

    private final Ventures ventures;
    private final VentureTeams teams;
    private final VentureNeeds needs;
    private final VentureOutcomes outcomes;
    private final VentureFreshness freshness;
    private final VentureMerges merges;
    private final VentureLogos logos;
    private final TaxonomyApi taxonomy;
    private final DirectoryApi directory;

    /** A venture's page; the address of one merged into another leads there for good (301). */
    @GetMapping
    String venture(@PathVariable long id, CurrentUser user, Model model, HttpServletResponse response) {
        Optional<Long> into = merges.mergedInto(id);
        if (into.isPresent()) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader(HttpHeaders.LOCATION, "/ventures/" + into.get());
            return null;
        }
        return profile(id, user, model);
    }

    private String profile(long id, CurrentUser user, Model model) {
        VentureSummary venture = ventures.get(id);
        boolean keeps = ventures.keeps(user, id);
        model.addAttribute("venture", venture);
        model.addAttribute("keeps", keeps);
        model.addAttribute("verifies", outcomes.verifies(user, id));
        model.addAttribute("sector", taxonomy.isic4().path(venture.sector()));
        model.addAttribute("escoOccupations", taxonomy.escoOccupations(venture.escoOccupations()));
        var team = teams.of(user, id);
        model.addAttribute("team", team);
        List<NeedSummary> found = needs.of(id);
        model.addAttribute(
                "needs",
                keeps
                        ? found
                        : found.stream()
                                .filter(n -> n.status() != NeedStatus.WITHDRAWN)
                                .toList());
        var achieved = outcomes.of(id);
        model.addAttribute("outcomes", achieved);
        if (user.admin()) {
            model.addAttribute("duplicates", ventures.duplicatesOf(id));
        }
        if (keeps) {
            model.addAttribute("completeness", Completeness.of(venture, team.size(), achieved.size()));
            model.addAttribute("needKinds", NeedKind.values());
            model.addAttribute("needStatuses", NeedStatus.values());
            model.addAttribute("outcomeKinds", OutcomeKind.values());
            model.addAttribute("teamRoles", TeamRole.values());
            show(model, "teamForm", TeamMemberForm.empty());
            show(model, "needForm", NeedForm.empty());
            show(model, "outcomeForm", OutcomeForm.empty());
        }
        return "ventures/venture";
    }

    @PostMapping("/merge")
    String merge(
            @PathVariable long id,
            @RequestParam(required = false) Long into,
            CurrentUser user,
            RedirectAttributes redirect) {
        user.requireAdmin();
        if (into == null) {
            return "redirect:/ventures/" + id;
        }
        Flash.run(redirect, "venture.merged", () -> merges.merge(user, id, into));
        return "redirect:/ventures/" + (redirect.getFlashAttributes().containsKey("problems") ? id : into);
    }

    /** The logo, served with its checked media type; its address changes with it, so browsers may keep it. */
    @GetMapping("/logo")
    ResponseEntity<byte[]> logo(@PathVariable long id) {
        return logos.of(id)
                .map(logo -> Downloads.image(logo.mediaType(), logo.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/logo")
    String uploadLogo(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            CurrentUser user,
            RedirectAttributes redirect)
            throws IOException {
        byte[] content = file.getBytes();
        Flash.run(redirect, "logo.saved", () -> logos.set(user, id, content, file.getContentType()));
        return "redirect:/ventures/" + id;
    }

    @PostMapping("/team")
    String addMember(
            @PathVariable long id,
            @ModelAttribute("teamForm") TeamMemberForm form,
            BindingResult result,
            CurrentUser user,
            Model model) {
        return FormErrors.submit(
                result,
                () -> {
                    teams.add(user, id, form.draft());
                    return "redirect:/ventures/" + id + "?saved#team";
                },
                () -> again(id, user, model, "team"));
    }

    @PostMapping("/team/{memberId}/delete")
    String removeMember(@PathVariable long id, @PathVariable long memberId, CurrentUser user) {
        teams.remove(user, id, memberId);
        return "redirect:/ventures/" + id + "?saved#team";
    }

    /** The people whose names match what was typed in the team's person search. */
    @GetMapping("/person-options")
    String personOptions(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String q,
            CurrentUser user,
            Locale locale,
            Model model) {
        ventures.toKeep(user, id);
        model.addAttribute("personOptions", directory.findPeople(q.strip(), PERSON_OPTIONS, locale));
        return "ventures/venture :: person-options";
    }

    @PostMapping("/needs")
    String addNeed(
            @PathVariable long id,
            @ModelAttribute("needForm") NeedForm form,
            BindingResult result,
            CurrentUser user,
            Locale locale,
            Model model) {
        return FormErrors.submit(
                result,
                () -> {
                    needs.add(user, id, form.draft(locale));
                    return "redirect:/ventures/" + id + "?saved#needs";
                },
                () -> again(id, user, model, "need"));
    }

    @PostMapping("/needs/{needId}/status")
    String needStatus(
            @PathVariable long id,
            @PathVariable long needId,
            @RequestParam(required = false) NeedStatus status,
            CurrentUser user,
            RedirectAttributes redirect) {
        Flash.run(redirect, "form.saved", () -> needs.changeStatus(user, id, needId, status));
        return "redirect:/ventures/" + id + "#needs";
    }

    @PostMapping("/needs/{needId}/delete")
    String removeNeed(@PathVariable long id, @PathVariable long needId, CurrentUser user) {
        needs.remove(user, id, needId);
        return "redirect:/ventures/" + id + "?saved#needs";
    }

    @PostMapping("/outcomes")
    String addOutcome(
            @PathVariable long id,
            @ModelAttribute("outcomeForm") OutcomeForm form,
            BindingResult result,
            CurrentUser user,
            Locale locale,
            Model model) {
        return FormErrors.submit(
                result,
                () -> {
                    outcomes.add(user, id, form.draft(locale));
                    return "redirect:/ventures/" + id + "?saved#outcomes";
                },
                () -> again(id, user, model, "outcome"));
    }

    @PostMapping("/outcomes/{outcomeId}/delete")
    String removeOutcome(@PathVariable long id, @PathVariable long outcomeId, CurrentUser user) {
        outcomes.remove(user, id, outcomeId);
        return "redirect:/ventures/" + id + "?saved#outcomes";
    }

    @PostMapping("/outcomes/{outcomeId}/evidence")
    String attachEvidence(
            @PathVariable long id,
            @PathVariable long outcomeId,
            @RequestParam("file") MultipartFile file,
            CurrentUser user,
            RedirectAttributes redirect)
            throws IOException {
        byte[] content = file.getBytes();
        Flash.run(
                redirect,
                "venture.evidenceAttached",
                () -> outcomes.attachEvidence(
                        user, id, outcomeId, content, file.getContentType(), file.getOriginalFilename()));
        return "redirect:/ventures/" + id + "#outcomes";
    }

    @GetMapping("/outcomes/{outcomeId}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long outcomeId, CurrentUser user) {
        return VentureDetailsApiController.evidenceFile(outcomes.evidence(user, id, outcomeId));
    }

    @PostMapping("/outcomes/{outcomeId}/verify")
    String verify(@PathVariable long id, @PathVariable long outcomeId, CurrentUser user, RedirectAttributes redirect) {
        Flash.run(redirect, "venture.verified", () -> outcomes.verify(user, id, outcomeId));
        return "redirect:/ventures/" + id + "#outcomes";
    }

    @PostMapping("/confirm/{group}")
    String confirm(
            @PathVariable long id, @PathVariable FieldGroup group, CurrentUser user, RedirectAttributes redirect) {
        Flash.run(redirect, "venture.confirmed", () -> freshness.confirm(user, id, group));
        return "redirect:/ventures/" + id + "#freshness";
    }

    /** The profile again, with the refused form open and its problems beside its fields. */
    private String again(long id, CurrentUser user, Model model, String form) {
        model.addAttribute("openForm", form);
        return profile(id, user, model);
    }

    /** The form as submitted, or empty; values that could not be read are shown again as typed. */
    private static void show(Model model, String name, Object empty) {
        Object submitted = model.asMap().get(name);
        FormErrors.show(model, name, submitted != null ? submitted : empty);
    }
}
