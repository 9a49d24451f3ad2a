package org.vocbridge.cooperation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.cooperation.AgreementStatus;
import org.vocbridge.cooperation.AgreementSummary;
import org.vocbridge.cooperation.CooperationType;
import org.vocbridge.cooperation.DocumentVisibility;
import org.vocbridge.cooperation.PartyRole;
import org.vocbridge.cooperation.domain.AgreementAccess;
import org.vocbridge.cooperation.domain.AgreementDocuments;
import org.vocbridge.cooperation.domain.AgreementFilter;
import org.vocbridge.cooperation.domain.AgreementOutputs;
import org.vocbridge.cooperation.domain.AgreementQueries;
import org.vocbridge.cooperation.domain.Agreements;
import org.vocbridge.cooperation.domain.ProgressReports;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.OrganizationFilter;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.shared.web.PageLinks;
import org.vocbridge.taxonomy.TaxonomyApi;

/** Pages for agreements: the filterable list, an agreement with everything about it, the forms. */
@Controller
@RequestMapping("/agreements")
@RequiredArgsConstructor
class AgreementPages {

    static final int PAGE_SIZE = 20;
    static final int PARTY_OPTIONS = 20;

    private final AgreementQueries agreements;
    private final Agreements lifecycle;
    private final AgreementAccess access;
    private final AgreementDocuments documents;
    private final ProgressReports reports;
    private final AgreementOutputs outputs;
    private final DirectoryApi directory;
    private final TaxonomyApi taxonomy;
    private final AccountsApi accounts;

    @GetMapping
    String list(
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) Long alliance,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) CooperationType type,
            @RequestParam(required = false) AgreementStatus status,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) AgreementFilter.Sort sort,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            CurrentUser user,
            Locale locale,
            Model model) {
        AgreementFilter filter = new AgreementFilter(organization, alliance, country, type, status, year, sort);
        model.addAttribute("filter", filter);
        model.addAttribute("result", agreements.list(filter, PageLinks.fromAddress(page), PAGE_SIZE, user));
        model.addAttribute("query", query(filter));
        if (htmx != null) {
            return "cooperation/agreements :: results";
        }
        model.addAttribute("types", CooperationType.values());
        model.addAttribute("sorts", AgreementFilter.Sort.values());
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("alliances", directory.allianceNames(locale));
        model.addAttribute("countries", taxonomy.countries());
        return "cooperation/agreements";
    }

    /** The filter as query parameters, for the export links. */
    private static String query(AgreementFilter f) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("organization", f.organization());
        parts.put("alliance", f.alliance());
        parts.put("country", f.country());
        parts.put("type", f.type());
        parts.put("status", f.status());
        parts.put("year", f.year());
        parts.put("sort", f.sort());
        List<String> query = new ArrayList<>();
        parts.forEach((k, v) -> {
            if (v != null && !v.toString().isBlank()) {
                query.add(k + "=" + java.net.URLEncoder.encode(v.toString(), java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return String.join("&", query);
    }

    @GetMapping("/overdue")
    String overdue(CurrentUser user, Model model) {
        model.addAttribute("overdue", agreements.overdue(user));
        return "cooperation/overdue";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        AgreementSummary agreement = agreements.get(id, user);
        boolean canEdit = access.canEdit(user, id);
        model.addAttribute("agreement", agreement);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute(
                "decidesAlliance",
                agreement.proposedAllianceId() != null
                        && accounts.holds(user, Role.ALLIANCE_SECRETARIAT, agreement.proposedAllianceId()));
        model.addAttribute("documents", documents.list(user, id));
        model.addAttribute("reports", reports.of(user, id));
        model.addAttribute("outputs", outputs.of(user, id));
        if (canEdit) {
            model.addAttribute("visibilities", DocumentVisibility.values());
            model.addAttribute("reportYears", reports.years(agreement));
        }
        return "cooperation/agreement";
    }

    /** The secretariat of the alliance an agreement is proposed to accepts it (it counts there) or declines. */
    @PostMapping("/{id}/alliance-decision")
    String decideAlliance(@PathVariable long id, @RequestParam boolean accept, CurrentUser user) {
        lifecycle.decideAlliance(user, id, accept);
        return "redirect:/agreements/" + id;
    }

    @GetMapping("/new")
    String createForm(
            @RequestParam(required = false) Long alliance,
            @RequestParam(required = false) List<Long> organization,
            CurrentUser user,
            Locale locale,
            Model model) {
        user.requireSignedIn();
        return form(
                model,
                AgreementForm.empty(alliance, organization == null ? List.of() : organization),
                null,
                user,
                locale);
    }

    /** Records an agreement, or saves the one with this id. */
    @PostMapping({"", "/{id}"})
    String save(
            @PathVariable(required = false) Long id,
            @ModelAttribute("form") AgreementForm form,
            BindingResult result,
            CurrentUser user,
            Locale locale,
            Model model) {
        return FormErrors.submit(
                result,
                () -> "redirect:/agreements/"
                        + (id == null ? lifecycle.create(user, form.draft()) : lifecycle.update(user, id, form.draft()))
                                .id()
                        + "?saved",
                () -> form(model, form, id, user, locale));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Locale locale, Model model) {
        return form(model, AgreementForm.of(agreements.getToEdit(id, user)), id, user, locale);
    }

    private String form(Model model, AgreementForm form, Long id, CurrentUser user, Locale locale) {
        FormErrors.show(model, "form", form);
        model.addAttribute("id", id);
        model.addAttribute("types", CooperationType.values());
        model.addAttribute("roles", PartyRole.values());
        model.addAttribute("alliances", directory.alliances(locale));
        // the organizations offered as parties at first: those the user edits and the current parties;
        // the party search adds any other
        Set<Long> offered = new LinkedHashSet<>(accounts.scopes(user, Role.ORGANIZATION_EDITOR));
        if (form.parties() != null) {
            form.parties().stream()
                    .filter(p -> p != null && p.organizationId() != null)
                    .forEach(p -> offered.add(p.organizationId()));
        }
        List<OrganizationOption> options = directory.organizations(offered).stream()
                .map(o -> new OrganizationOption(o.id(), o.name(), o.country()))
                .toList();
        model.addAttribute("organizationOptions", options);
        return "cooperation/agreement-form";
    }

    /** The organizations whose names match what was typed in the party search, as options to choose from. */
    @GetMapping("/organization-options")
    String organizationOptions(
            @RequestParam(defaultValue = "") String q, CurrentUser user, Locale locale, Model model) {
        user.requireSignedIn();
        OrganizationFilter filter = new OrganizationFilter(q.strip(), null, null, null, null, null, null, null);
        model.addAttribute(
                "organizationOptions",
                directory.findOrganizations(filter, 0, PARTY_OPTIONS, locale).items().stream()
                        .map(o -> new OrganizationOption(o.id(), o.name(), o.country()))
                        .toList());
        return "cooperation/agreement-form :: organization-options";
    }

    /** An organization to choose as a party. */
    public record OrganizationOption(long id, org.vocbridge.shared.LocalizedText name, String country) {}
}
