package org.vocbridge.observatory.web;

import java.io.IOException;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.observatory.IndicatorSummary;
import org.vocbridge.observatory.ReleaseDetail;
import org.vocbridge.observatory.domain.CountryStewards;
import org.vocbridge.observatory.domain.DataEntry;
import org.vocbridge.observatory.domain.Indicators;
import org.vocbridge.observatory.domain.ObservatoryData;
import org.vocbridge.observatory.domain.Releases;
import org.vocbridge.observatory.domain.UploadLayout;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.spreadsheet.RejectedRowsException;
import org.vocbridge.shared.spreadsheet.Spreadsheet;
import org.vocbridge.shared.spreadsheet.UnreadableSpreadsheetException;
import org.vocbridge.shared.web.EmbedCode;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * A country's workspace: its releases for everyone; for its data stewards also the open release,
 * values uploaded from a file, and the release sent for approval.
 */
@Controller
@RequestMapping("/observatory")
@RequiredArgsConstructor
class CountryPages {

    private final Indicators indicators;
    private final Releases releases;
    private final DataEntry entry;
    private final CountryStewards stewards;
    private final TaxonomyApi taxonomy;
    private final ObservatoryData data;
    private final EmbedCode embed;
    private final MessageSource messages;

    @GetMapping("/countries/go")
    String goToCountry(@RequestParam String country) {
        return "redirect:/observatory/countries/" + taxonomy.requireCountry(country);
    }

    @GetMapping("/countries/{country}")
    String country(@PathVariable String country, CurrentUser user, Model model) {
        String code = taxonomy.requireCountry(country);
        return countryPage(code, user, model);
    }

    private String countryPage(String country, CurrentUser user, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean writer = stewards.writes(user, country);
        model.addAttribute("country", country);
        model.addAttribute("writer", writer);
        model.addAttribute("releases", releases.releases(user, country));
        ReleaseDetail open = writer ? releases.open(user, country).orElse(null) : null;
        model.addAttribute("open", open);
        model.addAttribute(
                "mayApprove",
                open != null && releases.mayApprove(user, open.release().id()));
        List<IndicatorSummary> all = indicators.all();
        model.addAttribute(
                "indicators",
                all.stream().filter(i -> i.countries().contains(country)).toList());
        model.addAttribute("profile", CountryProfile.of(all, data, country));
        model.addAttribute(
                "profileEmbed",
                embed.iframe(
                        "/embed/observatory/countries/" + country,
                        messages.getMessage(
                                "observatory.countryTitle",
                                new Object[] {taxonomy.countryName(country, locale)},
                                locale)));
        model.addAttribute("layouts", UploadLayout.values());
        model.addAttribute("thisYear", Year.now().getValue());
        if (!model.containsAttribute("submission")) {
            model.addAttribute(
                    "submission",
                    new SubmissionForm(open == null ? null : open.release().version(), ""));
        }
        return "observatory/country";
    }

    /** The note sent with a release for approval, with the version read. */
    record SubmissionForm(Long version, String changeNote) {}

    @PostMapping("/countries/{country}/upload")
    String upload(
            @PathVariable String country,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "TIDY") UploadLayout layout,
            @RequestParam(defaultValue = "false") boolean dryRun,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        String code = taxonomy.requireCountry(country);
        stewards.requireWriter(user, code);
        try {
            var report = entry.upload(
                    user,
                    code,
                    file.getInputStream(),
                    Spreadsheet.Format.ofFileName(file.getOriginalFilename()),
                    layout,
                    dryRun);
            if (!report.dryRun()) {
                redirect.addFlashAttribute("uploadReport", report);
                return "redirect:/observatory/countries/" + code;
            }
            model.addAttribute("uploadReport", report);
        } catch (RejectedRowsException e) {
            model.addAttribute("uploadProblems", e.problems());
            model.addAttribute("uploadRows", e.rows());
        } catch (UnreadableSpreadsheetException e) {
            model.addAttribute("uploadError", e.code());
        }
        model.addAttribute("chosenLayout", layout);
        return countryPage(code, user, model);
    }

    @PostMapping("/releases/{id}/submit")
    String submit(
            @PathVariable long id,
            @ModelAttribute("submission") SubmissionForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        ReleaseDetail detail = releases.release(user, id);
        return FormErrors.submit(
                result,
                () -> {
                    releases.submit(user, id, form.changeNote(), form.version());
                    redirect.addFlashAttribute("notice", "observatory.release.submitted");
                    return "redirect:/observatory/releases/" + id;
                },
                () -> countryPage(detail.release().country(), user, model));
    }
}
