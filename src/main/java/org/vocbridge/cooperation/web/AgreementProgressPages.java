package org.vocbridge.cooperation.web;

import java.time.Year;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.cooperation.AgreementSummary;
import org.vocbridge.cooperation.OutputKind;
import org.vocbridge.cooperation.domain.AgreementOutputs;
import org.vocbridge.cooperation.domain.AgreementQueries;
import org.vocbridge.cooperation.domain.ProgressReports;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;

/** The forms of an agreement's parties for a year's progress report (new or corrected) and for outputs. */
@Controller
@RequestMapping("/agreements/{id}")
@RequiredArgsConstructor
class AgreementProgressPages {

    private final AgreementQueries agreements;
    private final ProgressReports reports;
    private final AgreementOutputs outputs;

    /** The report of a year: the one given already, to correct, or a blank one. */
    @GetMapping("/reports/{year}")
    String reportForm(@PathVariable long id, @PathVariable int year, CurrentUser user, Model model) {
        AgreementSummary agreement = agreements.getToEdit(id, user);
        ReportForm form = reports.of(user, id).stream()
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
                    reports.submit(user, id, form.draft());
                    redirect.addFlashAttribute("notice", "report.saved");
                    return "redirect:/agreements/" + id + "#reports";
                },
                () -> reportPage(model, agreement, form));
    }

    private String reportPage(Model model, AgreementSummary agreement, ReportForm form) {
        model.addAttribute("agreement", agreement);
        FormErrors.show(model, "form", form);
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
                    outputs.add(user, id, form.draft());
                    redirect.addFlashAttribute("notice", "output.saved");
                    return "redirect:/agreements/" + id + "#outputs";
                },
                () -> outputPage(model, agreement, form));
    }

    private String outputPage(Model model, AgreementSummary agreement, OutputForm form) {
        model.addAttribute("agreement", agreement);
        FormErrors.show(model, "form", form);
        model.addAttribute("outputKinds", OutputKind.values());
        model.addAttribute("thisYear", Year.now().getValue());
        return "cooperation/output-form";
    }
}
