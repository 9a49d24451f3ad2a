package org.vocbridge.cooperation.domain;

import org.vocbridge.cooperation.AgreementStatus;

/**
 * A move of an agreement to its next state.
 *
 * @param effectiveOn when it took effect; today when empty, never in the future
 * @param note why; required to terminate
 * @param signing the signing details, when moving to signed and they are not recorded yet
 * @param version the agreement's version read
 */
public record Transition(
        AgreementStatus status,
        java.time.LocalDate effectiveOn,
        String note,
        AgreementDraft.Signing signing,
        Long version) {}
