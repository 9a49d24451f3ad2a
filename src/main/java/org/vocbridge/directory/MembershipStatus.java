package org.vocbridge.directory;

import java.util.Map;
import java.util.Set;

/** Where a membership stands, and where it may go next. */
public enum MembershipStatus {
    APPLIED,
    APPROVED,
    ACTIVE,
    SUSPENDED,
    LEFT,
    REJECTED;

    private static final Map<MembershipStatus, Set<MembershipStatus>> NEXT = Map.of(
            APPLIED, Set.of(APPROVED, ACTIVE, REJECTED),
            APPROVED, Set.of(ACTIVE, LEFT),
            ACTIVE, Set.of(SUSPENDED, LEFT),
            SUSPENDED, Set.of(ACTIVE, LEFT),
            LEFT, Set.of(),
            REJECTED, Set.of());

    public boolean canMoveTo(MembershipStatus next) {
        return NEXT.get(this).contains(next);
    }

    public Set<MembershipStatus> next() {
        return NEXT.get(this);
    }

    /** Whether the organization counts as belonging to the alliance. */
    public boolean isMember() {
        return this == APPROVED || this == ACTIVE || this == SUSPENDED;
    }

    /** Rejecting and suspending need a reason that the applicant is shown. */
    public boolean needsReason() {
        return this == REJECTED || this == SUSPENDED;
    }
}
