package org.vocbridge.awards.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.vocbridge.awards.domain.Results;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Downloads;
import org.vocbridge.shared.web.HtmlToPdf;

/**
 * A winner's certificate: a page anyone can check by its code, and an A4 PDF in the winner's
 * language (or the one asked for), the winner's name as entered, in its own script.
 */
@Controller
@RequiredArgsConstructor
class CertificatePages {

    private static final Set<String> UI_LANGUAGES = Set.of("zh", "en", "ru");

    private final Results results;
    private final HtmlToPdf pdf;
    private final SpringTemplateEngine templates;
    private final ApplicationContext context;
    private final MessageSource messages;

    @GetMapping("/awards/certificates/{code}")
    String page(@PathVariable String code, CurrentUser user, Model model) {
        model.addAttribute("certificate", results.certificate(code, user));
        return "awards/certificate";
    }

    @GetMapping("/awards/certificates/{code}.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable String code, @RequestParam(required = false) String lang, CurrentUser user) {
        Results.Certificate certificate = results.certificate(code, user);
        String language = lang != null && UI_LANGUAGES.contains(lang)
                ? lang
                : UI_LANGUAGES.contains(certificate.entry().language())
                        ? certificate.entry().language()
                        : "en";
        Locale locale = Locale.forLanguageTag(language);
        Context page = new Context(locale);
        page.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        page.setVariable("certificate", certificate);
        page.setVariable("lang", language);
        page.setVariable("fonts", pdf.fontFamilies());
        // the winner's name in the language it was entered in: their own script
        page.setVariable(
                "name",
                certificate
                        .entry()
                        .title()
                        .resolve(Locale.forLanguageTag(certificate.entry().language()))
                        .text());
        page.setVariable("callTitle", certificate.call().title().in(locale));
        page.setVariable(
                "verify",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/awards/certificates/{code}")
                        .buildAndExpand(certificate.code())
                        .toUriString());
        String xhtml = templates.process("awards/certificate-pdf", page);
        try {
            return Downloads.inline(
                    "certificate-" + certificate.code() + ".pdf", MediaType.APPLICATION_PDF, pdf.render(xhtml, xhtml));
        } catch (HtmlToPdf.MissingFontException e) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(messages.getMessage("error.pdf.font", null, locale).getBytes(StandardCharsets.UTF_8));
        }
    }
}
