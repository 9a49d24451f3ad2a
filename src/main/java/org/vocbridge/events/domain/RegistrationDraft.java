package org.vocbridge.events.domain;

import java.util.Locale;
import org.vocbridge.events.AttendeeCategory;

/** A registration as a person fills it in; the email is kept in lower case, the country upper case. */
public record RegistrationDraft(String name, String email, String country, AttendeeCategory category) {

    public RegistrationDraft {
        name = name == null || name.isBlank() ? null : name.strip();
        email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    }
}
