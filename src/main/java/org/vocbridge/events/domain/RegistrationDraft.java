package org.vocbridge.events.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.vocbridge.events.AttendeeCategory;

/**
 * A registration as a person fills it in; the email is kept in lower case, the country and the
 * invitation code upper case.
 *
 * @param language the language of the registrant's badge and messages (BCP 47); the language they
 *     registered in when not given
 * @param invitationCode a delegation's invitation code: the registration joins that delegation
 *     (and needs no approval)
 * @param sessionIds the sessions the registrant will attend; those with limited places take a
 *     place now, all of them make the personal agenda
 */
public record RegistrationDraft(
        String name,
        String email,
        String country,
        AttendeeCategory category,
        String language,
        String invitationCode,
        List<Long> sessionIds) {

    public RegistrationDraft {
        name = name == null || name.isBlank() ? null : name.strip();
        email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        language = language == null || language.isBlank() ? null : language.strip();
        invitationCode = invitationCode == null || invitationCode.isBlank()
                ? null
                : invitationCode.strip().toUpperCase(Locale.ROOT);
        sessionIds = sessionIds == null
                ? List.of()
                : sessionIds.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** The draft with the reader's language when it names none. */
    public RegistrationDraft inLanguageOf(Locale reader) {
        return language != null
                ? this
                : new RegistrationDraft(
                        name, email, country, category, reader.toLanguageTag(), invitationCode, sessionIds);
    }

    /** The draft with the country of its delegation when it names none. */
    RegistrationDraft inCountry(String delegationCountry) {
        return country != null || delegationCountry == null
                ? this
                : new RegistrationDraft(name, email, delegationCountry, category, language, invitationCode, sessionIds);
    }
}
