package org.vocbridge.directory;

import java.time.Instant;
import java.util.Set;
import org.vocbridge.directory.domain.Organization;
import org.vocbridge.directory.domain.OrganizationKind;
import org.vocbridge.directory.domain.OrganizationStatus;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.Texts;

/**
 * An organization as others see it.
 *
 * @param privateContact only for its editors; null for everyone else
 * @param missingLanguages which of zh, en, ru its name lacks
 * @param logoUrl where its logo is served, or null without one
 */
public record OrganizationSummary(
        long id,
        long version,
        OrganizationKind kind,
        LocalizedText name,
        String acronym,
        String country,
        LocalizedText city,
        String website,
        LocalizedText description,
        Set<String> fields,
        Set<String> occupations,
        String publicEmail,
        String publicPhone,
        String privateContact,
        OrganizationStatus status,
        Instant updatedAt,
        Set<String> missingLanguages,
        String logoUrl) {

    static OrganizationSummary of(Organization o, boolean withPrivate) {
        return new OrganizationSummary(
                o.id(),
                o.version(),
                o.kind(),
                o.name(),
                o.acronym(),
                o.country(),
                o.city(),
                o.website(),
                o.description(),
                o.fields(),
                o.occupations(),
                o.publicEmail(),
                o.publicPhone(),
                withPrivate ? o.privateContact() : null,
                o.status(),
                o.updatedAt(),
                o.name().missing(Texts.EXPECTED_LANGUAGES),
                o.logoKey() == null
                        ? null
                        : "/organizations/" + o.id() + "/logo?v=" + o.logoKey().substring(0, 12));
    }
}
