package org.vocbridge.directory.domain;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.taxonomy.Codes;
import org.vocbridge.taxonomy.TaxonomyApi;

/** The checks that organization, person and alliance drafts share. */
@Component
@RequiredArgsConstructor
class DraftChecks {

    static final int NAME_MAX = 300;
    static final int TEXT_MAX = 10_000;

    private final TaxonomyApi taxonomy;

    InputCheck name(InputCheck check, String field, Map<String, String> name) {
        boolean empty = name == null || name.values().stream().allMatch(v -> v == null || v.isBlank());
        if (empty) {
            check.reject(field, "error.required");
        }
        return check.localized(field, name, NAME_MAX);
    }

    InputCheck country(InputCheck check, String field, String country, boolean required) {
        if (country == null) {
            return required ? check.reject(field, "error.required") : check;
        }
        return taxonomy.isCountry(country) ? check : check.reject(field, "error.country.unknown", country);
    }

    InputCheck codes(InputCheck check, Codes codes) {
        return taxonomy.check(check, codes);
    }

    /** The codes with the ISCO-08 unit groups of their ESCO occupations among the occupations. */
    Codes withEscoGroups(Codes codes) {
        return taxonomy.withEscoGroups(codes);
    }

    InputCheck website(InputCheck check, String website) {
        check.maxLength("website", website, 300);
        if (website != null && !website.matches("(?i)https?://[^\\s<>\"]+")) {
            check.reject("website", "error.website");
        }
        return check;
    }

    InputCheck email(InputCheck check, String field, String email) {
        check.maxLength(field, email, 200);
        if (email != null && !email.matches("[^@\\s<>]+@[^@\\s<>]+")) {
            check.reject(field, "error.email");
        }
        return check;
    }

    /** A web address as people type it: "example.org" is read as https://example.org. */
    static String webAddress(String value) {
        String address = trim(value);
        boolean bare = address != null
                && !address.matches("(?i)^[a-z][a-z0-9+.-]*:.*")
                && address.matches("[^\\s/]+\\.[^\\s]+");
        return bare ? "https://" + address : address;
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
