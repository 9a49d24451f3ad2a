package org.vocbridge.directory;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.taxonomy.EscoOccupations;
import org.vocbridge.taxonomy.TaxonomyApi;

/** The checks that organization, person and alliance drafts share. */
@Component
class DraftChecks {

    static final int NAME_MAX = 300;
    static final int TEXT_MAX = 10_000;

    private final TaxonomyApi taxonomy;
    private final EscoOccupations esco;

    DraftChecks(TaxonomyApi taxonomy, EscoOccupations esco) {
        this.taxonomy = taxonomy;
        this.esco = esco;
    }

    InputCheck name(InputCheck check, String field, Map<String, String> name) {
        boolean empty = name == null || name.values().stream().allMatch(v -> v == null || v.isBlank());
        if (empty) {
            check.reject(field, "error.required");
        }
        return check.localized(field, name, NAME_MAX);
    }

    InputCheck country(InputCheck check, String field, String country, boolean required) {
        if (country == null || country.isBlank()) {
            return required ? check.reject(field, "error.required") : check;
        }
        return taxonomy.isCountry(country) ? check : check.reject(field, "error.country.unknown", country);
    }

    InputCheck codes(InputCheck check, java.util.Set<String> fields, java.util.Set<String> occupations) {
        check.allKnown("fields", fields, code -> taxonomy.iscedF().contains(code), "error.isced.unknown");
        return check.allKnown(
                "occupations", occupations, code -> taxonomy.isco08().contains(code), "error.isco.unknown");
    }

    InputCheck esco(InputCheck check, java.util.Set<String> escoOccupations) {
        return esco.check(check, "escoOccupations", escoOccupations);
    }

    /** The ISCO-08 codes given, with the unit groups of the ESCO occupations given. */
    java.util.Set<String> withEscoGroups(java.util.Set<String> occupations, java.util.Set<String> escoOccupations) {
        return esco.withIscoGroups(occupations, escoOccupations);
    }

    InputCheck website(InputCheck check, String website) {
        check.maxLength("website", website, 300);
        if (website != null && !website.isBlank() && !website.matches("(?i)https?://[^\\s<>\"]+")) {
            check.reject("website", "error.website");
        }
        return check;
    }

    InputCheck email(InputCheck check, String field, String email) {
        check.maxLength(field, email, 200);
        if (email != null && !email.isBlank() && !email.matches("[^@\\s<>]+@[^@\\s<>]+")) {
            check.reject(field, "error.email");
        }
        return check;
    }
}
