package org.vocbridge.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vocbridge.events.domain.BoothDraft;
import org.vocbridge.events.domain.Booths;
import org.vocbridge.shared.security.CurrentUser;

/** An event's online exhibition: one booth per organization, showing its resources and agreements. */
@RestController
@RequestMapping("/api/v1/events/{id}/booths")
@Tag(name = "Events", description = "Conferences, roundtables and seminars with their agendas")
@RequiredArgsConstructor
class BoothsApiController {

    private final Booths booths;

    @GetMapping
    @Operation(
            summary = "The event's exhibition",
            description = "Every booth, in the order they were given, with the resources and agreements it shows that "
                    + "the reader may see.")
    List<Booths.BoothSummary> list(@PathVariable long id, CurrentUser user) {
        return booths.list(id, user);
    }

    @PostMapping
    @Operation(
            summary = "Give an organization a booth",
            description = "Organizers: one booth per organization. The resources must be the organization's own "
                    + "(it is among their owners) and the agreements ones it is a party to.")
    ResponseEntity<Booths.BoothSummary> create(@PathVariable long id, @RequestBody BoothDraft draft, CurrentUser user) {
        return ResponseEntity.status(201).body(booths.create(user, id, draft));
    }

    @PutMapping("/{boothId}")
    @Operation(
            summary = "Arrange a booth",
            description = "The event's organizers or the organization's editors, with the version read; the "
                    + "organization stays the same.")
    Booths.BoothSummary update(
            @PathVariable long id, @PathVariable long boothId, @RequestBody BoothDraft draft, CurrentUser user) {
        return booths.update(user, id, boothId, draft);
    }

    @DeleteMapping("/{boothId}")
    @Operation(summary = "Close a booth", description = "Organizers.")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long boothId, CurrentUser user) {
        booths.delete(user, id, boothId);
        return ResponseEntity.noContent().build();
    }
}
