package org.vocbridge.ventures;

/**
 * The groups of a venture's fields that are confirmed together; each has its own rule of how long
 * a confirmation holds before the record is stale.
 */
public enum FieldGroup {
    /** Names, pitch, website, where it is, registration, sector, goals. */
    PROFILE,
    /** The team and the stage. */
    TEAM_AND_STAGE,
    /** What it needs. */
    NEEDS,
    /** Its outcomes: jobs, revenue, funding, customers. */
    FIGURES
}
