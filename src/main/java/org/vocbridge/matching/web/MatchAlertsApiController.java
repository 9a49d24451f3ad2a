package org.vocbridge.matching.web;

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
import org.vocbridge.matching.domain.MatchAlerts;
import org.vocbridge.shared.security.CurrentUser;

/** Alerts of new matches at or above the score an organization chose. */
@RestController
@RequestMapping("/api/v1/matching/alerts")
@Tag(
        name = "Matching alerts",
        description = "An organization's editors choose the lowest score of the new matches they want to hear of; "
                + "each demand or offer posted or changed that matches one of theirs at or above it is listed.")
@RequiredArgsConstructor
class MatchAlertsApiController {

    private final MatchAlerts alerts;

    /** The lowest score alerted, in points out of 100; null for none. */
    record AlertChoice(Integer minScore) {}

    @GetMapping
    @Operation(
            summary = "The alerts of the user's organizations",
            description = "For each organization the user edits: the score chosen and its latest alerts, newest first.")
    List<MatchAlerts.Alerts> mine(CurrentUser user) {
        return alerts.mine(user);
    }

    @GetMapping("/{organizationId}")
    @Operation(
            summary = "An organization's alerts",
            description = "The score chosen and the latest alerts, newest first; for the organization's editors.")
    MatchAlerts.Alerts of(@PathVariable long organizationId, CurrentUser user) {
        return alerts.of(user, organizationId);
    }

    @PutMapping("/{organizationId}")
    @Operation(
            summary = "Choose the lowest score alerted",
            description = "From 1 to 100 points; null for no alerts. New matches are alerted from then on.")
    MatchAlerts.Alerts choose(@PathVariable long organizationId, @RequestBody AlertChoice choice, CurrentUser user) {
        return alerts.choose(user, organizationId, choice.minScore());
    }

    @PostMapping("/{organizationId}/seen")
    @Operation(
            summary = "Mark an organization's alerts seen",
            description = "They stay listed but no longer count among the editors' reminders.")
    ResponseEntity<Void> seen(@PathVariable long organizationId, CurrentUser user) {
        alerts.seen(user, organizationId);
        return ResponseEntity.noContent().build();
    }
}
