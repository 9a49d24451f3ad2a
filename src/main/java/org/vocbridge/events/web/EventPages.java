package org.vocbridge.events.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vocbridge.events.AttendeeCategory;
import org.vocbridge.events.BroadcastState;
import org.vocbridge.events.EventSummary;
import org.vocbridge.events.RegistrationStatus;
import org.vocbridge.events.RegistrationSummary;
import org.vocbridge.events.domain.Agenda;
import org.vocbridge.events.domain.Booths;
import org.vocbridge.events.domain.Chapters;
import org.vocbridge.events.domain.Events;
import org.vocbridge.events.domain.PersonalAgendas;
import org.vocbridge.events.domain.RegistrationDraft;
import org.vocbridge.events.domain.Registrations;
import org.vocbridge.events.domain.Tickets;
import org.vocbridge.events.domain.Viewings;
import org.vocbridge.library.LibraryApi;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.shared.web.PageLinks;

/** The public pages of events: the list, an event with its agenda in the reader's zone, and registration. */
@Controller
@RequestMapping("/events")
@RequiredArgsConstructor
class EventPages {

    static final int PAGE_SIZE = 20;

    /** Zones a reader may view an agenda in: where the alliances' members are, and UTC. */
    static final List<String> ZONES = List.of(
            "Asia/Shanghai",
            "Asia/Almaty",
            "Asia/Tashkent",
            "Asia/Bishkek",
            "Asia/Dushanbe",
            "Europe/Moscow",
            "Asia/Kolkata",
            "Asia/Karachi",
            "Asia/Tehran",
            "Europe/Minsk",
            "Asia/Ulaanbaatar",
            "Asia/Bangkok",
            "Asia/Vientiane",
            "Asia/Phnom_Penh",
            "Asia/Ho_Chi_Minh",
            "Asia/Jakarta",
            "Asia/Kuala_Lumpur",
            "Asia/Singapore",
            "Asia/Manila",
            "Asia/Yangon",
            "Asia/Brunei",
            "UTC");

    private final Events events;
    private final Registrations registrations;
    private final Viewings viewings;
    private final Tickets tickets;
    private final PersonalAgendas agendas;
    private final MessageSource messages;
    private final LibraryApi library;
    private final Booths booths;
    private final LiveSnapshots<Long, LiveData> liveData;

    @GetMapping
    String list(
            @RequestParam(defaultValue = "UPCOMING") Events.When when,
            @RequestParam(required = false) Long alliance,
            @RequestParam(required = false) Long organization,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        model.addAttribute("when", when);
        model.addAttribute("alliance", alliance);
        model.addAttribute("organization", organization);
        model.addAttribute("result", events.list(when, alliance, organization, PageLinks.fromAddress(page), PAGE_SIZE));
        return "events/events";
    }

    /** The event's page; {@code code}, a delegation's invitation code, is filled in the registration form. */
    @GetMapping("/{id}")
    String detail(
            @PathVariable long id,
            @RequestParam(required = false) String tz,
            @RequestParam(required = false) String code,
            CurrentUser user,
            Model model) {
        return eventPage(
                model,
                user,
                id,
                tz,
                new RegistrationDraft(null, null, null, AttendeeCategory.DELEGATE, null, code, null));
    }

    /**
     * The live page of the event, or of one of its sessions: the stream while on air, the recording
     * (from the session's chapter) once over. Its content security policy lets the player reach the
     * stream's own origin and play from MediaSource. What it shows is read at most once a second
     * per node (see {@link LiveSnapshots}).
     */
    @GetMapping("/{id}/live")
    String live(
            @PathVariable long id,
            @RequestParam(required = false) Long session,
            HttpServletResponse response,
            Model model) {
        LiveData live = liveData.of(id, eventId -> {
            EventSummary event = events.get(eventId);
            return new LiveData(event, Chapters.of(event), viewings.byCountry(eventId), libraryRecord(event));
        });
        EventSummary event = live.event();
        Chapters.Chapter chapter = session == null
                ? null
                : live.chapters().stream()
                        .filter(c -> c.session().id() == session)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("Session", session));
        String source =
                switch (event.broadcast()) {
                    case LIVE -> event.streamUrl();
                    case ENDED -> event.recordingUrl();
                    case SCHEDULED -> null;
                };
        response.setHeader("Content-Security-Policy", LivePolicy.allowing(source));
        model.addAttribute("event", event);
        model.addAttribute("chapter", chapter);
        model.addAttribute("source", source);
        model.addAttribute("recording", source != null && event.broadcast() == BroadcastState.ENDED);
        model.addAttribute("chapters", live.chapters());
        model.addAttribute("viewers", live.viewers());
        model.addAttribute("libraryRecord", live.libraryRecord());
        return "events/live";
    }

    /** What the live page shows of an event, read at most once a second per node. */
    record LiveData(
            EventSummary event, List<Chapters.Chapter> chapters, Map<String, Long> viewers, Long libraryRecord) {}

    /** The event's online exhibition: a booth per organization with what the reader may see of it. */
    @GetMapping("/{id}/exhibition")
    String exhibition(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("booths", booths.list(id, user));
        EventSummary event = events.get(id);
        model.addAttribute("event", event);
        model.addAttribute("organizer", events.organizes(user, event));
        return "events/exhibition";
    }

    /** Registers the person typed in; the answer is their registration's own page. */
    @PostMapping("/{id}/registrations")
    String register(
            @PathVariable long id,
            @ModelAttribute("form") RegistrationDraft form,
            BindingResult result,
            CurrentUser user,
            Locale locale,
            Model model) {
        return FormErrors.submit(
                result,
                () -> "redirect:/events/" + id + "/registrations/"
                        + registrations
                                .register(id, form.inLanguageOf(locale), null)
                                .registration()
                                .token(),
                () -> eventPage(model, user, id, null, form));
    }

    /** A registration, to the person holding its address: confirmed, waiting or cancelled. */
    @GetMapping("/{id}/registrations/{token}")
    String registration(@PathVariable long id, @PathVariable String token, Locale locale, Model model) {
        EventSummary event = events.get(id);
        RegistrationSummary registration = registrations.get(id, token);
        model.addAttribute("event", event);
        model.addAttribute("registration", registration);
        if (registration.status() != RegistrationStatus.CANCELLED) {
            model.addAttribute("picks", agendas.picks(id, token));
        }
        if (registration.status() == RegistrationStatus.CONFIRMED) {
            String ticket = tickets.code(id, token);
            model.addAttribute("ticket", ticket);
            model.addAttribute("ticketQr", TicketQr.svg(ticket, messages.getMessage("ticket.title", null, locale)));
        }
        return "events/registration";
    }

    /** The registrant's choice of sessions for their personal agenda and its calendar feed. */
    @PostMapping("/{id}/registrations/{token}/agenda")
    String chooseAgenda(
            @PathVariable long id,
            @PathVariable String token,
            @RequestParam(name = "sessionIds", required = false) List<Long> sessionIds) {
        agendas.choose(id, token, sessionIds);
        return "redirect:/events/" + id + "/registrations/" + token + "#agenda";
    }

    /** The registrant takes the place offered to them from the waiting list. */
    @PostMapping("/{id}/registrations/{token}/accept")
    String accept(@PathVariable long id, @PathVariable String token) {
        registrations.accept(id, token);
        return "redirect:/events/" + id + "/registrations/" + token;
    }

    @PostMapping("/{id}/registrations/{token}/cancel")
    String cancel(@PathVariable long id, @PathVariable String token) {
        registrations.cancel(id, token);
        return "redirect:/events/" + id + "/registrations/" + token;
    }

    private String eventPage(Model model, CurrentUser user, long id, String tz, RegistrationDraft form) {
        EventSummary event = events.get(id);
        model.addAttribute("event", event);
        model.addAttribute("agenda", Agenda.of(event, shown(tz, event.zone())));
        model.addAttribute("zones", ZONES);
        model.addAttribute(
                "open", event.startsUtc() == null || event.startsUtc().isAfter(Instant.now()));
        model.addAttribute("categories", AttendeeCategory.values());
        model.addAttribute("organizer", events.organizes(user, event));
        model.addAttribute("libraryRecord", libraryRecord(event));
        model.addAttribute("booths", booths.count(id));
        FormErrors.show(model, "form", form);
        return "events/event";
    }

    /** The library resource of the event's recording, once the library has published it for everyone. */
    private Long libraryRecord(EventSummary event) {
        Long id = event.recordingResourceId();
        return id != null && library.resource(id, CurrentUser.ANONYMOUS).isPresent() ? id : null;
    }

    /** The zone asked for, or the event's own when none or an unknown one is asked for. */
    private static ZoneId shown(String tz, String eventZone) {
        if (tz != null && !tz.isBlank()) {
            try {
                return ZoneId.of(tz.strip());
            } catch (DateTimeException e) {
                // an unknown zone shows the event's
            }
        }
        return ZoneId.of(eventZone);
    }
}
