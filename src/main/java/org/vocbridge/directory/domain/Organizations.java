package org.vocbridge.directory.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.directory.OrganizationSummary;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.files.FileStorage;
import org.vocbridge.shared.files.UploadCheck;
import org.vocbridge.shared.security.CurrentUser;

/** Organizations: read, create and change (by their editors only), with their logos. */
@Service
@RequiredArgsConstructor
public class Organizations {

    /** Largest logo accepted, in bytes. */
    public static final long MAX_LOGO_BYTES = 1024 * 1024;

    private final OrganizationRepository organizations;
    private final AccountsApi accounts;
    private final DraftChecks checks;
    private final FileStorage files;

    /** A stored logo and its media type. */
    public record Logo(byte[] content, String mediaType) {}

    @Transactional(readOnly = true)
    public OrganizationSummary get(long id, CurrentUser viewer) {
        return require(id).summary(canEdit(viewer, id));
    }

    /** The names and countries of the organizations, by id, read without the rest of the records. */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public Map<Long, OrganizationLabel> labels(Collection<Long> ids) {
        Map<Long, OrganizationLabel> labels = new HashMap<>();
        if (!ids.isEmpty()) {
            organizations
                    .labels(ids)
                    .forEach(row -> labels.put(
                            (Long) row[0],
                            new OrganizationLabel(
                                    (Long) row[0], LocalizedText.of((Map<String, String>) row[1]), (String) row[2])));
        }
        return labels;
    }

    @Transactional(readOnly = true)
    public List<OrganizationSummary> all(Collection<Long> ids) {
        return organizations.findByIdIn(ids).stream().map(o -> o.summary(false)).toList();
    }

    /**
     * The ids of the organizations named so, in any of their languages; for one-off data loads
     * (it reads every organization).
     */
    @Transactional(readOnly = true)
    public Map<String, Long> idsByName(Collection<String> names) {
        return LocalizedText.idsByText(names, organizations.findAll(), Organization::name, Organization::id);
    }

    public boolean canEdit(CurrentUser user, long id) {
        return accounts.holds(user, Role.ORGANIZATION_EDITOR, id);
    }

    /** Creates an organization; its creator becomes its editor. */
    @Transactional
    public OrganizationSummary create(CurrentUser actor, OrganizationDraft draft) {
        actor.requireSignedIn();
        check(draft);
        Organization organization = organizations.save(new Organization(draft, checks.withEscoGroups(draft.codes())));
        OrganizationSummary after = organization.summary(true);
        accounts.audit(actor, "create", "organization", organization.id(), null, after);
        accounts.grant(actor, actor.id(), Role.ORGANIZATION_EDITOR, organization.id());
        return after;
    }

    @Transactional
    public OrganizationSummary update(CurrentUser actor, long id, OrganizationDraft draft) {
        accounts.require(actor, Role.ORGANIZATION_EDITOR, id);
        Organization organization = require(id);
        InputCheck.requireVersion(draft.version());
        if (!organization.isVersion(draft.version())) {
            throw new ConcurrentEditException("Organization", id);
        }
        check(draft);
        OrganizationSummary before = organization.summary(true);
        organization.update(draft, checks.withEscoGroups(draft.codes()));
        organizations.flush();
        OrganizationSummary after = organization.summary(true);
        accounts.audit(actor, "update", "organization", id, before, after);
        return after;
    }

    /** Checks a draft without saving it: every problem at once, for forms and import dry runs. */
    public void check(OrganizationDraft draft) {
        InputCheck check = new InputCheck();
        check.require("kind", draft.kind());
        checks.name(check, "name", draft.name());
        check.maxLength("acronym", draft.acronym(), 40);
        checks.country(check, "country", draft.country(), true);
        check.localized("city", draft.city(), 100);
        checks.website(check, draft.website());
        check.localized("description", draft.description(), DraftChecks.TEXT_MAX);
        checks.codes(check, draft.codes());
        checks.email(check, "publicEmail", draft.publicEmail());
        check.maxLength("publicPhone", draft.publicPhone(), 60);
        check.maxLength("privateContact", draft.privateContact(), 1000);
        check.throwIfAny();
    }

    /** Sets the organization's logo: a PNG, JPEG or WebP image of at most 1 MB, checked by its content. */
    @Transactional
    public OrganizationSummary setLogo(CurrentUser actor, long id, byte[] content, String declaredType) {
        accounts.require(actor, Role.ORGANIZATION_EDITOR, id);
        String mediaType = UploadCheck.check(
                "file",
                content,
                declaredType,
                Set.of(UploadCheck.PNG, UploadCheck.JPEG, UploadCheck.WEBP),
                MAX_LOGO_BYTES);
        return changeLogo(actor, id, files.store(content), mediaType);
    }

    @Transactional
    public OrganizationSummary removeLogo(CurrentUser actor, long id) {
        return changeLogo(actor, id, null, null);
    }

    private OrganizationSummary changeLogo(CurrentUser actor, long id, String key, String mediaType) {
        accounts.require(actor, Role.ORGANIZATION_EDITOR, id);
        Organization organization = require(id);
        OrganizationSummary before = organization.summary(true);
        organization.logo(key, mediaType);
        organizations.flush();
        OrganizationSummary after = organization.summary(true);
        accounts.audit(actor, "logo", "organization", id, before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public Optional<Logo> logo(long id) {
        Organization organization = require(id);
        if (organization.logoKey() == null) {
            return Optional.empty();
        }
        return files.read(organization.logoKey()).map(content -> new Logo(content, organization.logoType()));
    }

    Optional<Organization> find(long id) {
        return organizations.findById(id);
    }

    Organization require(long id) {
        return organizations.findById(id).orElseThrow(() -> new NotFoundException("Organization", id));
    }
}
