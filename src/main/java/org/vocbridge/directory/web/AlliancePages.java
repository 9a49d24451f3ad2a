package org.vocbridge.directory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
import org.vocbridge.directory.OrganizationFilter;
import org.vocbridge.directory.OrganizationService;
import org.vocbridge.directory.OrganizationSummary;
import org.vocbridge.directory.PersonService;
import org.vocbridge.directory.domain.MembershipRole;
import org.vocbridge.directory.domain.MembershipStatus;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.ChartData;
import org.vocbridge.shared.web.Flash;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.shared.web.Texts;
import org.vocbridge.taxonomy.TaxonomyApi;
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
    private final TaxonomyApi taxonomy;

    AlliancePages(
            AllianceService alliances,
            OrganizationService organizations,
            PersonService people,
            AccountsApi accounts,
            MessageSource messages,
            Texts texts,
            JsonMapper json,
            TaxonomyApi taxonomy) {
        this.alliances = alliances;
        this.organizations = organizations;
        this.people = people;
        this.accounts = accounts;
        this.messages = messages;
        this.texts = texts;
        this.json = json;
        this.taxonomy = taxonomy;
    }

    @GetMapping
    String list(Locale locale, Model model) {
        model.addAttribute("alliances", alliances.list(locale));
        return "directory/alliances";
    }

    @GetMapping("/{id}")
    String detail(
            @PathVariable long id,
            @RequestParam(required = false) String candidate,
            @RequestParam(required = false) String expertCandidate,
            CurrentUser user,
            Locale locale,
            Model model) {
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
                json.writeValueAsString(ChartData.of(counts.byCountry().entrySet().stream()
                        .collect(Collectors.toMap(
                                e -> texts.country(e.getKey()), Map.Entry::getValue, Long::sum, TreeMap::new)))));
        model.addAttribute(
                "kindChart",
                json.writeValueAsString(ChartData.of(counts.byKind().entrySet().stream()
                        .collect(Collectors.toMap(
                                e -> messages.getMessage("organization.kind." + e.getKey(), null, locale),
                                Map.Entry::getValue,
                                Long::sum,
                                TreeMap::new)))));
        model.addAttribute(
                "mapChart",
                json.writeValueAsString(counts.byCountry().entrySet().stream()
                        .flatMap(e -> taxonomy.capital(e.getKey()).stream()
                                .map(c -> new ChartData.MapPoint(
                                        texts.country(e.getKey()), c.latitude(), c.longitude(), e.getValue())))
                        .toList()));
        model.addAttribute(
                "secretariat",
                alliance.secretariatOrganizationId() == null
                        ? null
                        : organizations.get(alliance.secretariatOrganizationId(), CurrentUser.ANONYMOUS));
        boolean canManage = alliances.canManage(user, id);
        model.addAttribute("canManage", canManage);
        if (canManage) {
            // the secretariat looks up organizations to add and people to appoint, by name in any language
            model.addAttribute("candidate", candidate);
            model.addAttribute(
                    "candidates",
                    blank(candidate)
                            ? List.of()
                            : organizations
                                    .list(
                                            new OrganizationFilter(candidate, null, null, null, null, null, null),
                                            0,
                                            20,
                                            locale)
                                    .items());
            model.addAttribute("expertCandidate", expertCandidate);
            model.addAttribute(
                    "expertCandidates",
                    blank(expertCandidate)
                            ? List.of()
                            : people.list(
                                            new PersonService.Filter(expertCandidate, null, null, null, null),
                                            0,
                                            20,
                                            locale)
                                    .items());
            model.addAttribute("allRoles", MembershipRole.values());
            model.addAttribute("currentMembers", current);
        }
        Set<Long> editable = accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        model.addAttribute(
                "applicable", editable.isEmpty() ? List.<OrganizationSummary>of() : organizations.all(editable));
        model.addAttribute("roles", List.of(MembershipRole.MEMBER, MembershipRole.OBSERVER, MembershipRole.PARTNER));
        return "directory/alliance";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, Model model) {
        user.requireAdmin();
        return form(model, AllianceForm.empty(), null);
    }

    @PostMapping
    String create(@ModelAttribute("form") AllianceForm form, BindingResult result, CurrentUser user, Model model) {
        if (!result.hasErrors()) {
            try {
                return "redirect:/alliances/"
                        + alliances.create(user, form.draft()).id() + "?saved";
            } catch (InvalidInputException e) {
                FormErrors.add(result, e);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        if (!alliances.canManage(user, id)) {
            throw new org.springframework.security.access.AccessDeniedException("Not the secretariat");
        }
        return form(model, AllianceForm.of(alliances.get(id)), id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") AllianceForm form,
            BindingResult result,
            CurrentUser user,
            Model model) {
        if (!result.hasErrors()) {
            try {
                alliances.update(user, id, form.draft());
                return "redirect:/alliances/" + id + "?saved";
            } catch (InvalidInputException e) {
                FormErrors.add(result, e);
            } catch (ConcurrentEditException e) {
                FormErrors.add(result, e);
            }
        }
        return form(model, form, id);
    }

    private String form(Model model, AllianceForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("countries", taxonomy.countries());
        model.addAttribute(
                "secretariat",
                form.secretariatOrganizationId() == null
                        ? null
                        : organizations.get(form.secretariatOrganizationId(), CurrentUser.ANONYMOUS));
        return "directory/alliance-form";
    }

    @PostMapping("/{id}/members")
    String addMember(
            @PathVariable long id,
            @RequestParam long organizationId,
            @RequestParam(defaultValue = "MEMBER") MembershipRole role,
            CurrentUser user,
            RedirectAttributes redirect) {
        return attempt(
                id, redirect, "membership.added", () -> alliances.addMember(user, id, organizationId, role, null));
    }

    @PostMapping("/{id}/memberships/{membershipId}/role")
    String changeRole(
            @PathVariable long id,
            @PathVariable long membershipId,
            @RequestParam MembershipRole role,
            CurrentUser user,
            RedirectAttributes redirect) {
        return attempt(
                id, redirect, "membership.roleChanged", () -> alliances.changeRole(user, id, membershipId, role));
    }

    @PostMapping("/{id}/appointments")
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
        Map<String, String> role = blank(roleText) ? Map.of() : Map.of(locale.getLanguage(), roleText);
        return attempt(
                id,
                redirect,
                "appointment.recorded",
                () -> people.appoint(user, id, personId, role, from, to, document));
    }

    /** Runs a secretariat action and comes back to the alliance page with its outcome. */
    private static String attempt(long id, RedirectAttributes redirect, String notice, Runnable action) {
        Flash.run(redirect, notice, action);
        return "redirect:/alliances/" + id;
    }

    @PostMapping("/{id}/applications")
    String apply(
            @PathVariable long id,
            @RequestParam long organizationId,
            @RequestParam(defaultValue = "MEMBER") MembershipRole role,
            @RequestParam(required = false) String note,
            CurrentUser user,
            RedirectAttributes redirect) {
        return attempt(id, redirect, "membership.applied", () -> alliances.apply(user, id, organizationId, role, note));
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
        return attempt(
                id,
                redirect,
                "membership.decided",
                () -> alliances.decide(user, id, membershipId, status, reason, version));
    }

    @PostMapping("/{id}/chair")
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
}
