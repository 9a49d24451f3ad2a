package org.vocbridge.events.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.vocbridge.cooperation.AgreementLabel;
import org.vocbridge.cooperation.CooperationApi;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.events.EventSummary;
import org.vocbridge.events.SessionSummary;
import org.vocbridge.events.domain.BoothDraft;
import org.vocbridge.events.domain.Booths;
import org.vocbridge.events.domain.Booths.BoothSummary;
import org.vocbridge.events.domain.Events;
import org.vocbridge.library.LibraryApi;
import org.vocbridge.library.ResourceSummary;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.shared.web.TranslationRow;
import org.vocbridge.ventures.VentureSummary;
import org.vocbridge.ventures.VenturesApi;

/**
 * The exhibition's booth forms: the event's organizers give a booth to an organization, and they or
 * the organization's editors arrange it with the organization's published library resources and
 * the agreements it is a party to, in the order ticked.
 */
@Controller
@RequestMapping("/events/{id}/booths")
@RequiredArgsConstructor
class BoothPages {

    /** How many of the organization's resources and agreements are offered. */
    private static final int CHOICES = 50;

    private final Events events;
    private final Booths booths;
    private final DirectoryApi directory;
    private final LibraryApi library;
    private final CooperationApi cooperation;
    private final VenturesApi ventures;

    /** A booth as the form writes it; the organization is chosen only when the booth is given. */
    record BoothForm(
            Long organizationId,
            List<TranslationRow> title,
            List<TranslationRow> description,
            List<Long> resources,
            List<Long> agreements,
            List<Long> ventures,
            Long version) {

        static BoothForm of(BoothSummary b) {
            return new BoothForm(
                    b.organization() == null ? null : b.organization().id(),
                    TranslationRow.rows(b.title()),
                    TranslationRow.rows(b.description()),
                    b.resources().stream()
                            .map(SessionSummary.Material::resourceId)
                            .toList(),
                    b.agreements().stream().map(AgreementLabel::id).toList(),
                    b.ventures().stream().map(Booths.BoothVenture::ventureId).toList(),
                    b.version());
        }

        BoothDraft draft() {
            return new BoothDraft(
                    organizationId,
                    TranslationRow.toMap(title),
                    TranslationRow.toMap(description),
                    chosen(resources),
                    chosen(agreements),
                    chosen(ventures),
                    version);
        }
    }

    @GetMapping("/new")
    String createForm(@PathVariable long id, CurrentUser user, Model model) {
        events.toOrganize(user, id);
        BoothForm empty = new BoothForm(
                null,
                TranslationRow.rows(LocalizedText.EMPTY),
                TranslationRow.rows(LocalizedText.EMPTY),
                null,
                null,
                null,
                null);
        return form(model, id, empty, null, user);
    }

    @GetMapping("/{boothId}/edit")
    String editForm(@PathVariable long id, @PathVariable long boothId, CurrentUser user, Model model) {
        return form(model, id, BoothForm.of(arrangeable(user, id, boothId)), boothId, user);
    }

    /** Gives the booth, or arranges the one with this id; the exhibition shows it. */
    @PostMapping({"", "/{boothId}"})
    String save(
            @PathVariable long id,
            @PathVariable(required = false) Long boothId,
            @ModelAttribute("form") BoothForm form,
            BindingResult result,
            CurrentUser user,
            Model model) {
        return FormErrors.submit(
                result,
                () -> {
                    long saved = boothId == null
                            ? booths.create(user, id, form.draft()).id()
                            : booths.update(user, id, boothId, form.draft()).id();
                    return "redirect:/events/" + id + "/exhibition?saved#booth-" + saved;
                },
                () -> {
                    if (boothId == null) {
                        events.toOrganize(user, id);
                    } else {
                        arrangeable(user, id, boothId);
                    }
                    return form(model, id, form, boothId, user);
                });
    }

    @PostMapping("/{boothId}/delete")
    String delete(@PathVariable long id, @PathVariable long boothId, CurrentUser user) {
        booths.delete(user, id, boothId);
        return "redirect:/events/" + id + "/exhibition?saved";
    }

    private String form(Model model, long id, BoothForm form, Long boothId, CurrentUser user) {
        FormErrors.show(model, "form", form);
        EventSummary event = events.get(id);
        model.addAttribute("event", event);
        model.addAttribute("boothId", boothId);
        model.addAttribute("organizer", events.organizes(user, event));
        Long organization = form.organizationId();
        model.addAttribute(
                "organizations",
                organization == null
                        ? List.of()
                        : directory.organizationLabels(List.of(organization)).values());
        if (boothId != null && organization != null) {
            // what the booth shows, in its order, then the rest of the organization's own
            List<Long> shown = chosen(form.resources());
            Map<Long, ResourceSummary> found = library.resources(shown, user);
            Map<Long, LocalizedText> resources = new LinkedHashMap<>();
            shown.stream()
                    .filter(found::containsKey)
                    .forEach(r -> resources.put(r, found.get(r).title()));
            library.publishedOf(organization, user, CHOICES).forEach(r -> resources.putIfAbsent(r.id(), r.title()));
            model.addAttribute("resourceChoices", resources);
            List<Long> signed = chosen(form.agreements());
            Map<Long, AgreementLabel> labels = cooperation.agreementLabels(signed, user);
            Map<Long, AgreementLabel> agreements = new LinkedHashMap<>();
            signed.stream().filter(labels::containsKey).forEach(a -> agreements.put(a, labels.get(a)));
            cooperation
                    .agreementsOf(null, List.of(organization), user, CHOICES)
                    .forEach(a -> agreements.putIfAbsent(a.id(), a));
            model.addAttribute("agreementChoices", agreements.values());
            // the organization's ventures: those shown first, in their order
            List<VentureSummary> own = ventures.ofOrganization(organization);
            List<Long> picked = chosen(form.ventures());
            model.addAttribute(
                    "ventureChoices",
                    java.util.stream.Stream.concat(
                                    picked.stream().flatMap(v -> own.stream().filter(o -> o.id() == v)),
                                    own.stream().filter(o -> !picked.contains(o.id())))
                            .toList());
        }
        return "events/booth-form";
    }

    private static List<Long> chosen(List<Long> ids) {
        return ids == null
                ? List.of()
                : ids.stream().filter(Objects::nonNull).distinct().toList();
    }

    private BoothSummary arrangeable(CurrentUser user, long id, long boothId) {
        user.requireSignedIn();
        BoothSummary booth = booths.list(id, user).stream()
                .filter(b -> b.id() == boothId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Booth", boothId));
        if (!booth.arrangeable()) {
            throw new AccessDeniedException("Neither an organizer of the event nor an editor of the organization");
        }
        return booth;
    }
}
