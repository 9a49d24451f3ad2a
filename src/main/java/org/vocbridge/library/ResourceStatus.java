package org.vocbridge.library;

/**
 * Where a resource is in review: submitted by a member, published by the reviewer (the alliance
 * secretariat, or a platform admin for a resource of no alliance), or returned with a note to be
 * corrected and submitted again.
 */
public enum ResourceStatus {
    SUBMITTED,
    PUBLISHED,
    RETURNED
}
