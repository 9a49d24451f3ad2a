package org.vocbridge.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vocbridge.events.domain.Tickets;
import org.vocbridge.shared.security.CurrentUser;

/** Signed tickets of confirmed registrations, and checking them in at the door and at sessions. */
@RestController
@RequestMapping("/api/v1/events/{id}")
@Tag(name = "Events", description = "Conferences, roundtables and seminars with their agendas")
@RequiredArgsConstructor
class TicketsApiController {

    private final Tickets tickets;

    /** A ticket: what its QR code holds. */
    record TicketCode(String code) {}

    /** A ticket scanned at the door (sessionId empty or 0) or at a session. */
    record Scan(String code, Long sessionId) {}

    @GetMapping("/registrations/{token}/ticket")
    @Operation(
            summary = "The ticket of a confirmed registration",
            description = "To the holder of the registration's token: VB1.<claims>.<signature>, base64url, signed "
                    + "with the platform's Ed25519 key (the check-in kit's public key verifies it offline). 404 "
                    + "unless the registration is confirmed.")
    TicketCode ticket(@PathVariable long id, @PathVariable String token) {
        return new TicketCode(tickets.code(id, token));
    }

    @GetMapping("/check-in-kit")
    @Operation(
            summary = "What a check-in device needs offline",
            description = "Organizers: the public key (Ed25519, X.509 SubjectPublicKeyInfo, base64; WebCrypto "
                    + "imports it as spki) and the registrations whose tickets are revoked (cancelled).")
    Tickets.CheckInKit kit(@PathVariable long id, CurrentUser user) {
        return tickets.kit(user, id);
    }

    @PostMapping("/check-ins")
    @Operation(
            summary = "Check a ticket in",
            description = "Organizers: at the door (sessionId empty or 0) or at a session, once each; 201 the first "
                    + "time, 200 with earlier=true and the first time after that. A forged, altered or revoked "
                    + "ticket or one of another event gives 400 with a problem for the code.")
    ResponseEntity<Tickets.CheckIn> checkIn(@PathVariable long id, @RequestBody Scan scan, CurrentUser user) {
        Tickets.CheckIn done = tickets.checkIn(user, id, scan.code(), scan.sessionId());
        return ResponseEntity.status(done.earlier() ? 200 : 201).body(done);
    }

    @GetMapping("/check-ins")
    @Operation(
            summary = "Check-ins so far",
            description = "Organizers: by session (0 is the door), and at the door by the registrations' countries and "
                    + "delegations (0: none).")
    Tickets.CheckInCounts counts(@PathVariable long id, CurrentUser user) {
        return tickets.counts(user, id);
    }
}
