package org.vocbridge.cooperation;

import org.vocbridge.cooperation.domain.AgreementStatus;
import org.vocbridge.cooperation.domain.CooperationType;

/**
 * What to list; every part is optional.
 *
 * @param country a party's country (ISO 3166-1 alpha-2)
 * @param year the year of signing
 */
public record AgreementFilter(
        Long organization, Long alliance, String country, CooperationType type, AgreementStatus status, Integer year) {

    public static final AgreementFilter ALL = new AgreementFilter(null, null, null, null, null, null);
}
