package org.vocbridge.library;

/** Who sees a published resource: everyone, or only the members of its alliance. */
public enum ResourceVisibility {
    PUBLIC,
    MEMBERS
}
