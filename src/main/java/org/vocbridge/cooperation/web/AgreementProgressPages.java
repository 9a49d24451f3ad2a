package org.vocbridge.cooperation.web;

import java.time.Year;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.cooperation.AgreementProgress;
import org.vocbridge.cooperation.AgreementService;
import org.vocbridge.cooperation.AgreementSummary;
import org.vocbridge.cooperation.domain.OutputKind;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;

/** The forms of an agreement's parties for a year's progress report (new or corrected) and for outputs. */
@Controller
@RequestMapping("/agreements/{id}")
class AgreementProgressPages {

    private final AgreementService agreements;
    private final AgreementProgress progress;

    AgreementProgressPages(AgreementService agreements, AgreementProgress progress) {
        this.agreements = agreements;
        this.progress = progress;
    }

    /** The report of a year: the one given already, to correct, or a blank one. */
    @GetMapping("/reports/{year}")
    String reportForm(@PathVariable long id, @PathVariable int year, CurrentUser user, Model model) {
        AgreementSummary agreement = agreements.getToEdit(id, user);
        ReportForm form = progress.reports(user, id).stream()
                .filter(r -> r.year() == year)
                .findFirst()
                .map(ReportForm::of)
                .orElse(ReportForm.empty(year));
        return reportPage(model, agreement, form);
    }

    @PostMapping("/reports")
    String report(
            @PathVariable long id,
            @ModelAttribute("form") ReportForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        AgreementSummary agreement = agreements.getToEdit(id, user);
        return FormErrors.submit(
                result,
                () -> {
                    progress.report(user, id, form.draft());
                    redirect.addFlashAttribute("notice", "report.saved");
                    return "redirect:/agreements/" + id + "#reports";
                },
                () -> reportPage(model, agreement, form));
    }

    private String reportPage(Model model, AgreementSummary agreement, ReportForm form) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("form", form);
        return "cooperation/report-form";
    }

    @GetMapping("/outputs/new")
    String outputForm(@PathVariable long id, CurrentUser user, Model model) {
        return outputPage(model, agreements.getToEdit(id, user), OutputForm.empty());
    }

    @PostMapping("/outputs")
    String addOutput(
            @PathVariable long id,
            @ModelAttribute("form") OutputForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        AgreementSummary agreement = agreements.getToEdit(id, user);
        return FormErrors.submit(
                result,
                () -> {
                    progress.addOutput(user, id, form.draft());
                    redirect.addFlashAttribute("notice", "output.saved");
                    return "redirect:/agreements/" + id + "#outputs";
                },
                () -> outputPage(model, agreement, form));
    }

    private String outputPage(Model model, AgreementSummary agreement, OutputForm form) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("form", form);
        model.addAttribute("outputKinds", OutputKind.values());
        model.addAttribute("thisYear", Year.now().getValue());
        return "cooperation/output-form";
    }
}
