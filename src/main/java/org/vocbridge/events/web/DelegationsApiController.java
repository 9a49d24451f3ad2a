package org.vocbridge.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vocbridge.events.domain.DelegationDraft;
import org.vocbridge.events.domain.Delegations;
import org.vocbridge.shared.security.CurrentUser;

/** The delegations to an event, their quotas and invitation codes: its organizers. */
@RestController
@RequestMapping("/api/v1/events/{id}/delegations")
@Tag(name = "Events", description = "Conferences, roundtables and seminars with their agendas")
@RequiredArgsConstructor
class DelegationsApiController {

    private final Delegations delegations;

    @GetMapping
    @Operation(
            summary = "The event's delegations",
            description = "Organizers: each delegation with its invitation code, quota, places left and members "
                    + "holding a place.")
    List<Delegations.DelegationSummary> list(@PathVariable long id, CurrentUser user) {
        return delegations.list(user, id);
    }

    @PostMapping
    @Operation(
            summary = "Add a delegation",
            description = "Organizers: a delegation per country or organization with its own quota (null: none); "
                    + "the answer holds its invitation code, which its members register with.")
    ResponseEntity<Delegations.DelegationSummary> create(
            @PathVariable long id, @RequestBody DelegationDraft draft, CurrentUser user) {
        return ResponseEntity.status(201).body(delegations.create(user, id, draft));
    }

    @PutMapping("/{delegationId}")
    @Operation(
            summary = "Change a delegation",
            description = "Organizers; a quota below the places its members already hold is refused, a larger one "
                    + "hands places to its members waiting.")
    Delegations.DelegationSummary update(
            @PathVariable long id,
            @PathVariable long delegationId,
            @RequestBody DelegationDraft draft,
            CurrentUser user) {
        return delegations.update(user, id, delegationId, draft);
    }
}
