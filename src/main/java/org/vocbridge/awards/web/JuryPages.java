package org.vocbridge.awards.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
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
import org.vocbridge.awards.AwardPhase;
import org.vocbridge.awards.ConflictRule;
import org.vocbridge.awards.ConflictState;
import org.vocbridge.awards.EntryStatus;
import org.vocbridge.awards.domain.Assignments;
import org.vocbridge.awards.domain.AwardCalls;
import org.vocbridge.awards.domain.AwardEntries;
import org.vocbridge.awards.domain.CallSummary;
import org.vocbridge.awards.domain.Conflicts;
import org.vocbridge.awards.domain.Juries;
import org.vocbridge.awards.domain.Results;
import org.vocbridge.awards.domain.Scores;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Flash;
import org.vocbridge.shared.web.FormErrors;

/**
 * The jury's pages: the secretariat's (entries, screening, jurors, conflicts, assignment, ranking,
 * winners, phases; the chair sees the jury, conflicts and ranking) and the juror's (the entries to
 * score, a score form that works on a phone, declaring a conflict).
 */
@Controller
@RequestMapping("/awards/{id}")
@RequiredArgsConstructor
class JuryPages {

    private final AwardCalls calls;
    private final AwardEntries entries;
    private final Juries juries;
    private final Conflicts conflicts;
    private final Assignments assignments;
    private final Scores scores;
    private final Results results;
    private final DirectoryApi directory;

    /** A winner as the page chooses it: prize and citation in the reader's language. */
    record WinnerRow(Long entryId, Integer place, String prize, String citation) {}

    record WinnersForm(List<WinnerRow> rows) {}

    @GetMapping("/manage")
    String manage(@PathVariable long id, CurrentUser user, Model model) {
        CallSummary call = calls.get(user, id);
        List<Juries.JurorSummary> jury = juries.of(user, id);
        model.addAttribute("call", call);
        model.addAttribute("jury", jury);
        model.addAttribute("conflicts", conflicts.of(user, id));
        model.addAttribute("assignment", assignments.of(user, id));
        model.addAttribute("phases", AwardPhase.values());
        if (call.manages()) {
            model.addAttribute("entries", entries.ofCall(user, id));
            model.addAttribute(
                    "experts", call.allianceId() == null ? List.of() : directory.expertsOf(call.allianceId()));
        }
        if (call.phase().ordinal() >= AwardPhase.REVIEW.ordinal()) {
            model.addAttribute("ranking", scores.ranking(user, id, null));
        }
        return "awards/manage";
    }

    @PostMapping("/phase")
    String phase(
            @PathVariable long id,
            @RequestParam(required = false) AwardPhase phase,
            CurrentUser user,
            RedirectAttributes redirect) {
        Flash.run(redirect, "award.phaseChanged", () -> calls.advance(user, id, phase));
        return "redirect:/awards/" + id + "/manage";
    }

    @PostMapping("/entries/{entryId}/screen")
    String screen(
            @PathVariable long id,
            @PathVariable long entryId,
            @RequestParam(required = false) EntryStatus status,
            @RequestParam(required = false) String note,
            CurrentUser user,
            RedirectAttributes redirect) {
        requireOfCall(user, id, entryId);
        Flash.run(redirect, "award.screened", () -> entries.screen(user, entryId, status, note));
        return "redirect:/awards/" + id + "/manage#entry-" + entryId;
    }

    @PostMapping("/jurors")
    String addJuror(
            @PathVariable long id,
            @RequestParam(required = false) Long personId,
            @RequestParam(defaultValue = "false") boolean chair,
            CurrentUser user,
            RedirectAttributes redirect) {
        Flash.run(redirect, "award.jurorAdded", () -> juries.add(user, id, personId, chair));
        return "redirect:/awards/" + id + "/manage#jury";
    }

    @PostMapping("/jurors/{jurorId}/remove")
    String removeJuror(
            @PathVariable long id, @PathVariable long jurorId, CurrentUser user, RedirectAttributes redirect) {
        Flash.run(redirect, "award.jurorRemoved", () -> juries.remove(user, id, jurorId));
        return "redirect:/awards/" + id + "/manage#jury";
    }

    @PostMapping("/jurors/{jurorId}/chair")
    String chair(@PathVariable long id, @PathVariable long jurorId, CurrentUser user, RedirectAttributes redirect) {
        Flash.run(redirect, "award.chairChosen", () -> juries.chair(user, id, jurorId));
        return "redirect:/awards/" + id + "/manage#jury";
    }

    @PostMapping("/conflicts/{conflictId}")
    String decide(
            @PathVariable long id,
            @PathVariable long conflictId,
            @RequestParam(required = false) ConflictState state,
            @RequestParam(required = false) String note,
            CurrentUser user,
            RedirectAttributes redirect) {
        Flash.run(redirect, "award.conflictDecided", () -> conflicts.decide(user, id, conflictId, state, note));
        return "redirect:/awards/" + id + "/manage#conflicts";
    }

    @PostMapping("/assignment")
    String assign(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        Flash.run(redirect, "award.assigned", () -> {
            Assignments.Outcome outcome = assignments.run(user, id);
            if (!outcome.binding().isEmpty()) {
                redirect.addFlashAttribute("binding", outcome.binding());
            }
        });
        return "redirect:/awards/" + id + "/manage#assignment";
    }

    @PostMapping("/assignment/publish")
    String publishAssignment(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        Flash.run(redirect, "award.assignmentPublished", () -> assignments.publish(user, id));
        return "redirect:/awards/" + id + "/manage#assignment";
    }

    @PostMapping("/winners")
    String winners(
            @PathVariable long id,
            @ModelAttribute WinnersForm form,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect) {
        String lang = locale.getLanguage();
        List<Results.WinnerDraft> chosen = new ArrayList<>();
        if (form.rows() != null) {
            form.rows().stream()
                    .filter(r -> r != null && r.entryId() != null && r.place() != null)
                    .forEach(r -> chosen.add(new Results.WinnerDraft(
                            r.entryId(),
                            r.place(),
                            r.prize() == null || r.prize().isBlank()
                                    ? Map.of()
                                    : Map.of(lang, r.prize().strip()),
                            r.citation() == null || r.citation().isBlank()
                                    ? Map.of()
                                    : Map.of(lang, r.citation().strip()))));
        }
        Flash.run(redirect, "award.winnersChosen", () -> results.choose(user, id, chosen));
        return "redirect:/awards/" + id + "/manage#winners";
    }

    @GetMapping("/scoring")
    String scoring(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("call", calls.get(user, id));
        model.addAttribute("assigned", scores.mine(user, id));
        model.addAttribute("conflicts", conflicts.of(user, id));
        return "awards/scoring";
    }

    @GetMapping("/scoring/{entryId}")
    String scoreForm(@PathVariable long id, @PathVariable long entryId, CurrentUser user, Model model) {
        Scores.Assigned assigned = assignedEntry(user, id, entryId);
        ScoreForm form = assigned.score() == null
                ? ScoreForm.of(Map.of(), null, null)
                : ScoreForm.of(
                        assigned.score().marks(),
                        assigned.score().comment(),
                        assigned.score().version());
        return scorePage(model, user, id, assigned, form);
    }

    @PostMapping("/scoring/{entryId}")
    String score(
            @PathVariable long id,
            @PathVariable long entryId,
            @ModelAttribute("form") ScoreForm form,
            BindingResult result,
            CurrentUser user,
            Model model) {
        Scores.Assigned assigned = assignedEntry(user, id, entryId);
        return FormErrors.submit(
                result,
                () -> {
                    scores.score(user, id, entryId, form.draft());
                    return "redirect:/awards/" + id + "/scoring?scored=" + entryId;
                },
                () -> scorePage(model, user, id, assigned, form));
    }

    @PostMapping("/scoring/{entryId}/conflict")
    String declare(
            @PathVariable long id,
            @PathVariable long entryId,
            @RequestParam(required = false) ConflictRule rule,
            @RequestParam(required = false) String note,
            CurrentUser user,
            RedirectAttributes redirect) {
        Flash.run(redirect, "award.conflictDeclared", () -> conflicts.declare(user, id, null, entryId, rule, note));
        return "redirect:/awards/" + id + "/scoring";
    }

    private String scorePage(Model model, CurrentUser user, long id, Scores.Assigned assigned, ScoreForm form) {
        FormErrors.show(model, "form", form);
        model.addAttribute("call", calls.get(user, id));
        model.addAttribute("assigned", assigned);
        model.addAttribute(
                "declarable",
                java.util.Arrays.stream(ConflictRule.values())
                        .filter(ConflictRule::declared)
                        .toList());
        return "awards/score";
    }

    private Scores.Assigned assignedEntry(CurrentUser user, long id, long entryId) {
        return scores.mine(user, id).stream()
                .filter(a -> a.entry().id() == entryId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Award entry", entryId));
    }

    private void requireOfCall(CurrentUser user, long id, long entryId) {
        if (entries.ofCall(user, id).stream().noneMatch(e -> e.id() == entryId)) {
            throw new AccessDeniedException("Not an entry of the call");
        }
    }
}
