package org.vocbridge.directory.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.directory.MembershipRole;
import org.vocbridge.directory.MembershipStatus;
import org.vocbridge.directory.domain.Alliances;
import org.vocbridge.directory.domain.Appointments;
import org.vocbridge.directory.domain.Memberships;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Flash;

/**
 * The buttons of an alliance's page: members apply, the secretariat adds members, decides, changes
 * roles, appoints experts and hands over the chair. Each comes back to the page with its outcome.
 */
@Controller
@RequestMapping("/alliances/{id}")
@RequiredArgsConstructor
class AllianceActions {

    private final Alliances alliances;
    private final Memberships memberships;
    private final Appointments appointments;

    @PostMapping("/members")
    String addMember(
            @PathVariable long id,
            @RequestParam long organizationId,
            @RequestParam(defaultValue = "MEMBER") MembershipRole role,
            CurrentUser user,
            RedirectAttributes redirect) {
        return attempt(
                id, redirect, "membership.added", () -> memberships.addMember(user, id, organizationId, role, null));
    }

    @PostMapping("/memberships/{membershipId}/role")
    String changeRole(
            @PathVariable long id,
            @PathVariable long membershipId,
            @RequestParam MembershipRole role,
            CurrentUser user,
            RedirectAttributes redirect) {
        return attempt(
                id, redirect, "membership.roleChanged", () -> memberships.changeRole(user, id, membershipId, role));
    }

    @PostMapping("/appointments")
    String appoint(
            @PathVariable long id,
            @RequestParam long personId,
            @RequestParam(required = false) String roleText,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String document,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect) {
        Map<String, String> role =
                roleText == null || roleText.isBlank() ? Map.of() : Map.of(locale.getLanguage(), roleText);
        return attempt(
                id,
                redirect,
                "appointment.recorded",
                () -> appointments.appoint(user, id, personId, role, from, to, document));
    }

    @PostMapping("/applications")
    String apply(
            @PathVariable long id,
            @RequestParam long organizationId,
            @RequestParam(defaultValue = "MEMBER") MembershipRole role,
            @RequestParam(required = false) String note,
            CurrentUser user,
            RedirectAttributes redirect) {
        return attempt(
                id, redirect, "membership.applied", () -> memberships.apply(user, id, organizationId, role, note));
    }

    @PostMapping("/memberships/{membershipId}")
    String decide(
            @PathVariable long id,
            @PathVariable long membershipId,
            @RequestParam MembershipStatus status,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version,
            CurrentUser user,
            RedirectAttributes redirect) {
        return attempt(
                id,
                redirect,
                "membership.decided",
                () -> memberships.decide(user, id, membershipId, status, reason, version));
    }

    @PostMapping("/chair")
    String handOver(
            @PathVariable long id,
            @RequestParam long organizationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) String note,
            CurrentUser user,
            RedirectAttributes redirect) {
        return attempt(
                id,
                redirect,
                "chair.recorded",
                () -> alliances.handOverChair(user, id, organizationId, from, null, note));
    }

    /** Runs an action and comes back to the alliance page with its outcome. */
    private static String attempt(long id, RedirectAttributes redirect, String notice, Runnable action) {
        Flash.run(redirect, notice, action);
        return "redirect:/alliances/" + id;
    }
}
