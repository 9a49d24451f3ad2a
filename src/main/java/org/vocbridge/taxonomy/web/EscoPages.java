package org.vocbridge.taxonomy.web;

import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.taxonomy.domain.EscoOccupations;

/** The admin's page for importing ESCO occupations. */
@Controller
@RequestMapping("/admin/esco")
@RequiredArgsConstructor
class EscoPages {

    private final EscoOccupations esco;

    @GetMapping
    String page(CurrentUser user, Model model) {
        user.requireAdmin();
        model.addAttribute("count", esco.countUnder(""));
        return "taxonomy/esco";
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
}
