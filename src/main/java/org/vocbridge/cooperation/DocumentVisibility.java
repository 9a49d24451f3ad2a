package org.vocbridge.cooperation;

/** Who may read a document of an agreement. */
public enum DocumentVisibility {
    PUBLIC,
    /** Editors of organizations that belong to the agreement's alliance, and its secretariat. */
    ALLIANCE_MEMBERS,
    /** Editors of the parties, the alliance secretariat and admins only. */
    PARTIES
}
