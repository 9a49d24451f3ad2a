package org.vocbridge.directory;

import java.time.LocalDate;
import java.util.Set;
import org.vocbridge.directory.domain.Alliance;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.Texts;

/** An alliance as others see it, with how many organizations belong to it now. */
public record AllianceSummary(
        long id,
        long version,
        LocalizedText name,
        String acronym,
        LocalizedText description,
        LocalDate foundedOn,
        LocalizedText foundedPlace,
        String country,
        String website,
        Long secretariatOrganizationId,
        long memberCount,
        Set<String> missingLanguages) {

    static AllianceSummary of(Alliance a) {
        return of(a, a.memberships().stream().filter(m -> m.status().isMember()).count());
    }

    static AllianceSummary of(Alliance a, long members) {
        return new AllianceSummary(
                a.id(),
                a.version(),
                a.name(),
                a.acronym(),
                a.description(),
                a.foundedOn(),
                a.foundedPlace(),
                a.country(),
                a.website(),
                a.secretariatOrganizationId(),
                members,
                a.name().missing(Texts.EXPECTED_LANGUAGES));
    }
}
