package org.vocbridge.cooperation.domain;

import java.util.Locale;
import org.vocbridge.cooperation.AgreementStatus;
import org.vocbridge.cooperation.CooperationType;

/**
 * What to list; every part is optional.
 *
 * @param country a party's country (ISO 3166-1 alpha-2, any case)
 * @param year the year of signing
 */
public record AgreementFilter(
        Long organization, Long alliance, String country, CooperationType type, AgreementStatus status, Integer year) {

    public static final AgreementFilter ALL = new AgreementFilter(null, null, null, null, null, null);

    public AgreementFilter {
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    }
}
