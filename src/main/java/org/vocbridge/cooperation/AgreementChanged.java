package org.vocbridge.cooperation;

/**
 * An agreement was recorded, edited or moved on, or got a progress report or an output; published
 * in the writer's transaction.
 *
 * @param allianceId the alliance the agreement belongs to, or null
 */
public record AgreementChanged(long agreementId, Long allianceId) {}
