package org.vocbridge.cooperation.domain;

import java.util.Locale;
import org.vocbridge.cooperation.AgreementStatus;
import org.vocbridge.cooperation.CooperationType;

/**
 * What to list; every part is optional.
 *
 * @param country a party's country (ISO 3166-1 alpha-2, any case)
 * @param year the year of signing
 * @param sort the order; without one, the newest signed first
 */
public record AgreementFilter(
        Long organization,
        Long alliance,
        String country,
        CooperationType type,
        AgreementStatus status,
        Integer year,
        Sort sort) {

    public static final AgreementFilter ALL = new AgreementFilter(null, null, null, null, null, null, null);

    /** Orders other than the newest signed first. */
    public enum Sort {
        /** The oldest signed first, unsigned last. */
        SIGNED_OLDEST,
        /** The most recently changed first. */
        UPDATED
    }

    public AgreementFilter {
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    }
}
