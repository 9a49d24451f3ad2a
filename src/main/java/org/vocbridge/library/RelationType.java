package org.vocbridge.library;

import java.util.Set;

/**
 * How one resource relates to another: it implements a standard (a course implements a course
 * standard, which implements an occupational standard), or it was derived from the other.
 */
public enum RelationType {
    IMPLEMENTS,
    DERIVED_FROM;

    /** Whether a resource of kind {@code from} may have this relation to one of kind {@code to}. */
    public boolean allows(ResourceKind from, ResourceKind to) {
        if (this == DERIVED_FROM) {
            return true;
        }
        return switch (to) {
            case OCCUPATIONAL_STANDARD ->
                Set.of(ResourceKind.COURSE_STANDARD, ResourceKind.CURRICULUM).contains(from);
            case COURSE_STANDARD ->
                Set.of(
                                ResourceKind.COURSE,
                                ResourceKind.SHORT_COURSE_PACKAGE,
                                ResourceKind.CURRICULUM,
                                ResourceKind.TEXTBOOK)
                        .contains(from);
            default -> false;
        };
    }
}
