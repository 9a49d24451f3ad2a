package org.vocbridge.directory.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.AllianceSummary;
import org.vocbridge.directory.MemberCounts;
import org.vocbridge.directory.MembershipRole;
import org.vocbridge.directory.MembershipSummary;
import org.vocbridge.directory.OrganizationFilter;
import org.vocbridge.directory.OrganizationSummary;
import org.vocbridge.directory.domain.Alliances;
import org.vocbridge.directory.domain.Memberships;
import org.vocbridge.directory.domain.OrganizationSearch;
import org.vocbridge.directory.domain.Organizations;
import org.vocbridge.directory.domain.People;
import org.vocbridge.directory.domain.PersonFilter;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.shared.web.Texts;

/** Pages for alliances: the list, each alliance with its members, chair and think tank, and its profile form. */
@Controller
@RequestMapping("/alliances")
@RequiredArgsConstructor
class AlliancePages {

    private static final int CANDIDATES = 20;

    private final Alliances alliances;
    private final Memberships memberships;
    private final Organizations organizations;
    private final OrganizationSearch search;
    private final People people;
    private final AccountsApi accounts;
    private final MessageSource messages;
    private final Texts texts;
    private final MemberCharts memberCharts;

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
        List<MembershipSummary> all = memberships.of(id);
        List<MembershipSummary> current =
                all.stream().filter(MembershipSummary::current).toList();
        Function<Object, String> kindName = kind -> messages.getMessage("organization.kind." + kind, null, locale);
        MemberCounts counts = memberships.counts(id);
        model.addAttribute("alliance", alliance);
        // members grouped by country (named in the reader's language), then by kind
        model.addAttribute(
                "grouped",
                current.stream()
                        .collect(Collectors.groupingBy(
                                m -> texts.country(m.organizationCountry()),
                                TreeMap::new,
                                Collectors.groupingBy(
                                        m -> kindName.apply(m.organizationKind()),
                                        TreeMap::new,
                                        Collectors.toList()))));
        model.addAttribute("counts", counts);
        model.addAttribute("pending", all.stream().filter(m -> !m.current()).toList());
        model.addAttribute("chairTerms", alliances.chairTerms(id));
        model.addAttribute("experts", people.expertsOf(id));
        memberCharts.add(alliance, locale, model);
        model.addAttribute("secretariat", secretariat(alliance.secretariatOrganizationId()));
        boolean canManage = alliances.canManage(user, id);
        model.addAttribute("canManage", canManage);
        if (canManage) {
            // the secretariat looks up organizations to add and people to appoint, by name in any language
            model.addAttribute("candidate", candidate);
            model.addAttribute(
                    "candidates",
                    candidate == null || candidate.isBlank()
                            ? List.of()
                            : search.list(OrganizationFilter.named(candidate), 0, CANDIDATES, locale)
                                    .items());
            model.addAttribute("expertCandidate", expertCandidate);
            model.addAttribute(
                    "expertCandidates",
                    expertCandidate == null || expertCandidate.isBlank()
                            ? List.of()
                            : people.list(PersonFilter.named(expertCandidate), 0, CANDIDATES, locale)
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

    private OrganizationSummary secretariat(Long organizationId) {
        return organizationId == null ? null : organizations.get(organizationId, CurrentUser.ANONYMOUS);
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, Model model) {
        user.requireAdmin();
        return form(model, AllianceForm.empty(), null);
    }

    /** Records an alliance, or saves the one with this id. */
    @PostMapping({"", "/{id}"})
    String save(
            @PathVariable(required = false) Long id,
            @ModelAttribute("form") AllianceForm form,
            BindingResult result,
            CurrentUser user,
            Model model) {
        return FormErrors.submit(
                result,
                () -> "redirect:/alliances/"
                        + (id == null ? alliances.create(user, form.draft()) : alliances.update(user, id, form.draft()))
                                .id()
                        + "?saved",
                () -> form(model, form, id));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        if (!alliances.canManage(user, id)) {
            throw new AccessDeniedException("Not the secretariat");
        }
        return form(model, AllianceForm.of(alliances.get(id)), id);
    }

    private String form(Model model, AllianceForm form, Long id) {
        FormErrors.show(model, "form", form);
        model.addAttribute("id", id);
        model.addAttribute("secretariat", secretariat(form.secretariatOrganizationId()));
        return "directory/alliance-form";
    }
}
