package org.vocbridge.ventures.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.vocbridge.cooperation.CooperationApi;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.taxonomy.TaxonomyApi;
import org.vocbridge.ventures.VentureKind;

/** The checks of a venture as written; every problem is reported at once. */
@Component
@RequiredArgsConstructor
class VentureChecks {

    static final int NAME_MAX = 200;
    static final int PITCH_MAX = 2_000;
    static final int MAX_OTHER_NAMES = 20;
    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ./-]*");
    /** A web address, its scheme (http or https) optional: "yadea.com.cn" is one. */
    private static final Pattern WEBSITE = Pattern.compile(
            "(?i)(https?://)?[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}(:\\d{1,5})?([/?#]\\S*)?");
    /** Before this, a founding date is a default value rather than a date (a "Series F: 1922"). */
    private static final LocalDate EARLIEST_FOUNDING = LocalDate.of(1950, 1, 1);

    private final TaxonomyApi taxonomy;
    private final DirectoryApi directory;
    private final VentureRepository ventures;
    private final CooperationApi cooperation;

    void check(VentureDraft d, Long id, CurrentUser user) {
        InputCheck check = new InputCheck();
        check.require("kind", d.kind());
        check.requireText("name", d.name());
        check.localized("name", d.name(), NAME_MAX);
        check.requireText("pitch", d.pitch());
        check.localized("pitch", d.pitch(), PITCH_MAX);
        if (d.alsoKnownAs().size() > MAX_OTHER_NAMES) {
            check.reject("alsoKnownAs", "error.venture.otherNames", MAX_OTHER_NAMES);
        }
        d.alsoKnownAs().forEach(other -> check.maxLength("alsoKnownAs", other, NAME_MAX));
        if (d.website() != null
                && (d.website().length() > 500
                        || !WEBSITE.matcher(d.website()).matches()
                        || VentureIdentity.hostOf(d.website()) == null)) {
            check.reject("website", "error.venture.website");
        }
        if (d.country() == null) {
            check.reject("country", "error.required");
        } else if (!taxonomy.isCountry(d.country())) {
            check.reject("country", "error.country.unknown", d.country());
        }
        check.maxLength("city", d.city(), 200);
        if (d.founded() != null
                && (d.founded().isAfter(LocalDate.now()) || d.founded().isBefore(EARLIEST_FOUNDING))) {
            check.reject("founded", "error.venture.founded", EARLIEST_FOUNDING.getYear());
        }
        check.maxLength("legalForm", d.legalForm(), 200);
        if (d.registrationNumber() != null
                && (d.registrationNumber().length() > 100
                        || !REGISTRATION_NUMBER.matcher(d.registrationNumber()).matches())) {
            check.reject("registrationNumber", "error.venture.registrationNumber");
        }
        if (d.sector() != null && !taxonomy.isic4().contains(d.sector())) {
            check.reject("sector", "error.venture.sector", d.sector());
        }
        check.allKnown("sdgs", d.sdgs(), goal -> goal >= 1 && goal <= 17, "error.venture.sdg");
        check.require("stage", d.stage());
        if (d.readinessLevel() != null) {
            if (d.kind() != VentureKind.INNOVATION) {
                check.reject("readinessLevel", "error.venture.readinessOfInnovations");
            } else if (d.readinessLevel() < 1 || d.readinessLevel() > 9) {
                check.reject("readinessLevel", "error.venture.readinessLevel");
            }
        }
        if (d.parentId() != null) {
            if (d.kind() != VentureKind.INNOVATION) {
                check.reject("parentId", "error.venture.parentOfInnovations");
            } else if (Objects.equals(d.parentId(), id)
                    || ventures.findById(d.parentId())
                            .filter(p -> p.kind() == VentureKind.VENTURE)
                            .isEmpty()) {
                check.reject("parentId", "error.venture.parent");
            }
        }
        List<Long> organizations = new ArrayList<>();
        if (d.organizationId() != null) {
            organizations.add(d.organizationId());
        }
        if (d.collegeId() != null) {
            organizations.add(d.collegeId());
        }
        var known = directory.organizationLabels(organizations).keySet();
        if (d.organizationId() != null && !known.contains(d.organizationId())) {
            check.reject("organizationId", "error.organization.unknown");
        }
        if (d.collegeId() != null && !known.contains(d.collegeId())) {
            check.reject("collegeId", "error.organization.unknown");
        }
        taxonomy.check(check, d.codes());
        if (d.agreementId() != null && !cooperation.agreementVisibleTo(d.agreementId(), user)) {
            check.reject("agreementId", "error.venture.agreement");
        }
        check.throwIfAny();
    }
}
