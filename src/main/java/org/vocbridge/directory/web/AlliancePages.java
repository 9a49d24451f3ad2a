package org.vocbridge.directory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.AllianceService;
import org.vocbridge.directory.AllianceSummary;
import org.vocbridge.directory.MembershipSummary;
import org.vocbridge.directory.OrganizationService;
import org.vocbridge.directory.OrganizationSummary;
import org.vocbridge.directory.PersonService;
import org.vocbridge.directory.domain.MembershipRole;
import org.vocbridge.directory.domain.MembershipStatus;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Texts;
import tools.jackson.databind.json.JsonMapper;

/** Pages for alliances: the list, and each alliance with its members, chair, think tank and decisions. */
@Controller
@RequestMapping("/alliances")
class AlliancePages {

    private final AllianceService alliances;
    private final OrganizationService organizations;
    private final PersonService people;
    private final AccountsApi accounts;
    private final MessageSource messages;
    private final Texts texts;
    private final JsonMapper json;

    AlliancePages(
            AllianceService alliances,
            OrganizationService organizations,
            PersonService people,
            AccountsApi accounts,
            MessageSource messages,
            Texts texts,
            JsonMapper json) {
        this.alliances = alliances;
        this.organizations = organizations;
        this.people = people;
        this.accounts = accounts;
        this.messages = messages;
        this.texts = texts;
        this.json = json;
    }

    @GetMapping
    String list(Locale locale, Model model) {
        model.addAttribute("alliances", alliances.list(locale));
        return "directory/alliances";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, CurrentUser user, Locale locale, Model model) {
        AllianceSummary alliance = alliances.get(id);
        List<MembershipSummary> memberships = alliances.memberships(id);
        List<MembershipSummary> current =
                memberships.stream().filter(m -> m.status().isMember()).toList();
        // members grouped by country (named in the reader's language), then by kind
        Map<String, Map<String, List<MembershipSummary>>> grouped = current.stream()
                .collect(Collectors.groupingBy(
                        m -> texts.country(m.organizationCountry()),
                        TreeMap::new,
                        Collectors.groupingBy(
                                m -> messages.getMessage("organization.kind." + m.organizationKind(), null, locale),
                                TreeMap::new,
                                Collectors.toList())));
        AllianceService.MemberCounts counts = alliances.counts(id);
        model.addAttribute("alliance", alliance);
        model.addAttribute("grouped", grouped);
        model.addAttribute("counts", counts);
        model.addAttribute(
                "pending",
                memberships.stream().filter(m -> !m.status().isMember()).toList());
        model.addAttribute("chairTerms", alliances.chairTerms(id));
        model.addAttribute("experts", people.expertsOf(id));
        model.addAttribute(
                "countryChart",
                json.writeValueAsString(chart(counts.byCountry().entrySet().stream()
                        .collect(Collectors.toMap(
                                e -> texts.country(e.getKey()), Map.Entry::getValue, Long::sum, TreeMap::new)))));
        model.addAttribute(
                "kindChart",
                json.writeValueAsString(chart(counts.byKind().entrySet().stream()
                        .collect(Collectors.toMap(
                                e -> messages.getMessage("organization.kind." + e.getKey(), null, locale),
                                Map.Entry::getValue,
                                Long::sum,
                                TreeMap::new)))));
        model.addAttribute(
                "secretariat",
                alliance.secretariatOrganizationId() == null
                        ? null
                        : organizations.get(alliance.secretariatOrganizationId(), CurrentUser.ANONYMOUS));
        model.addAttribute("canManage", alliances.canManage(user, id));
        Set<Long> editable = accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        model.addAttribute(
                "applicable", editable.isEmpty() ? List.<OrganizationSummary>of() : organizations.all(editable));
        model.addAttribute("roles", List.of(MembershipRole.MEMBER, MembershipRole.OBSERVER, MembershipRole.PARTNER));
        return "directory/alliance";
    }

    /** Chart data: labels and values, in the order given. */
    record Chart(List<String> labels, List<Long> values) {}

    private static Chart chart(Map<String, Long> counts) {
        return new Chart(List.copyOf(counts.keySet()), List.copyOf(counts.values()));
    }

    @PostMapping("/{id}/applications")
    String apply(
            @PathVariable long id,
            @RequestParam long organizationId,
            @RequestParam(defaultValue = "MEMBER") MembershipRole role,
            @RequestParam(required = false) String note,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            alliances.apply(user, id, organizationId, role, note);
            redirect.addFlashAttribute("notice", "membership.applied");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/alliances/" + id;
    }

    @PostMapping("/{id}/memberships/{membershipId}")
    String decide(
            @PathVariable long id,
            @PathVariable long membershipId,
            @RequestParam MembershipStatus status,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            alliances.decide(user, id, membershipId, status, reason, version);
            redirect.addFlashAttribute("notice", "membership.decided");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.problems());
        } catch (org.vocbridge.shared.ConcurrentEditException e) {
            redirect.addFlashAttribute(
                    "problems", List.of(new InvalidInputException.FieldProblem("version", "error.concurrentEdit")));
        }
        return "redirect:/alliances/" + id;
    }

    @PostMapping("/{id}/chair")
    String handOver(
            @PathVariable long id,
            @RequestParam long organizationId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) String note,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            alliances.handOverChair(user, id, organizationId, from, null, note);
            redirect.addFlashAttribute("notice", "chair.recorded");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/alliances/" + id;
    }
}
