package org.vocbridge.taxonomy.web;

import java.io.IOException;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.taxonomy.SkillType;
import org.vocbridge.taxonomy.domain.EscoOccupations;
import org.vocbridge.taxonomy.domain.EscoSkillImport;
import org.vocbridge.taxonomy.domain.Skills;

/** The admin's page for importing ESCO occupations, skills and the relations between them. */
@Controller
@RequestMapping("/admin/esco")
@RequiredArgsConstructor
class EscoPages {

    private final EscoOccupations esco;
    private final EscoSkillImport escoSkills;
    private final Skills skills;

    @GetMapping
    String page(CurrentUser user, Model model) {
        user.requireAdmin();
        model.addAttribute("count", esco.countUnder(""));
        model.addAttribute("release", skills.release().orElse(null));
        if (!model.containsAttribute("skillForm")) {
            model.addAttribute("skillForm", LocalSkillForm.empty());
        }
        model.addAttribute("skillTypes", SkillType.values());
        return "taxonomy/esco";
    }

    @PostMapping("/skills")
    String importSkills(
            @RequestParam("file") List<MultipartFile> files,
            @RequestParam(required = false) String version,
            CurrentUser user,
            Model model)
            throws IOException {
        try {
            model.addAttribute(
                    "skillsResult", escoSkills.importFiles(user, SkillsApiController.uploads(files), version));
        } catch (InvalidInputException e) {
            model.addAttribute("skillsProblems", e.problems());
        }
        return page(user, model);
    }

    @PostMapping
    String importCsv(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "en") String language,
            CurrentUser user,
            Model model)
            throws IOException {
        try {
            model.addAttribute("result", esco.importCsv(user, file.getInputStream(), language));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        }
        return page(user, model);
    }

    @PostMapping("/local-skills")
    String addLocalSkill(
            @ModelAttribute("skillForm") LocalSkillForm form, BindingResult result, CurrentUser user, Model model) {
        if (!result.hasErrors()) {
            try {
                model.addAttribute("addedSkill", skills.addLocal(user, form.draft()));
                model.addAttribute("skillForm", LocalSkillForm.empty());
                return page(user, model);
            } catch (InvalidInputException e) {
                FormErrors.add(result, e);
            }
        }
        // a value that could not be read (a type that is none) leaves no form: shown again empty, with the error
        FormErrors.show(model, "skillForm", form == null ? LocalSkillForm.empty() : form);
        return page(user, model);
    }
}
