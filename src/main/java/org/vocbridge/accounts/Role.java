package org.vocbridge.accounts;

/** A role a user holds for one record of another module (by id). */
public enum Role {
    /** Runs one alliance: its profile, memberships, chair and think tank. */
    ALLIANCE_SECRETARIAT,
    /** Keeps one organization's profile and its people. */
    ORGANIZATION_EDITOR,
    /** Is the person with this id in the directory. */
    EXPERT,
    /** Enters and uploads one country's statistics in the observatory (the scope encodes the country code). */
    COUNTRY_DATA_STEWARD
}
