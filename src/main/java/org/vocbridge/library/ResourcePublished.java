package org.vocbridge.library;

import org.vocbridge.shared.LocalizedText;

/**
 * A resource of the library was published (or published again after changes), in the reviewer's
 * transaction.
 *
 * @param agreementId the agreement (cooperation) that produced it, or null
 * @param year the year it was first published
 */
public record ResourcePublished(long resourceId, ResourceKind kind, LocalizedText title, Long agreementId, int year) {}
