package org.vocbridge.events.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.vocbridge.events.EventSummary;
import org.vocbridge.events.RegistrationStatus;
import org.vocbridge.events.RegistrationSummary;
import org.vocbridge.events.domain.Events;
import org.vocbridge.events.domain.Registrations;
import org.vocbridge.events.domain.Tickets;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Downloads;
import org.vocbridge.shared.web.HtmlToPdf;

/**
 * Badges to print for an event's confirmed registrations, one A6 page each: every badge in its
 * delegate's language (the event's title, their category and country), their name as they wrote
 * it, in their own script, and their ticket's QR code for check-in.
 */
@Controller
@RequiredArgsConstructor
class BadgePages {

    private final Events events;
    private final Registrations registrations;
    private final Tickets tickets;
    private final MessageSource messages;
    private final HtmlToPdf pdf;
    private final SpringTemplateEngine templates;
    private final ApplicationContext context;

    /** One badge, its texts in the delegate's language. */
    record Badge(String lang, String event, String name, String category, String country, String qr) {}

    @GetMapping("/events/{id}/badges.pdf")
    ResponseEntity<byte[]> badges(@PathVariable long id, CurrentUser user, Locale reader) {
        EventSummary event = events.get(id);
        List<Badge> badges = registrations.all(user, id).stream()
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED)
                .map(r -> badge(event, r, reader))
                .toList();
        Context page = new Context(reader);
        page.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        page.setVariable("badges", badges);
        page.setVariable("fonts", pdf.fontFamilies());
        page.setVariable("lang", reader.toLanguageTag());
        String xhtml = templates.process("events/badges-pdf", page);
        String text = String.join(
                " ",
                badges.stream()
                        .map(b -> b.event() + b.name() + b.category() + b.country())
                        .toList());
        try {
            return Downloads.inline("badges-" + id + ".pdf", MediaType.APPLICATION_PDF, pdf.render(xhtml, text));
        } catch (HtmlToPdf.MissingFontException e) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(messages.getMessage("error.pdf.font", null, reader).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String capitalized(String label, Locale language) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(language) + label.substring(1);
    }

    private Badge badge(EventSummary event, RegistrationSummary r, Locale reader) {
        Locale language = r.language() == null ? reader : Locale.forLanguageTag(r.language());
        return new Badge(
                language.toLanguageTag(),
                event.title().in(language),
                r.name(),
                capitalized(messages.getMessage("registration.category." + r.category(), null, language), language),
                SearchableType.countryName(r.country(), language),
                TicketQr.pngDataUri(tickets.code(event.id(), r.token()), 4));
    }
}
