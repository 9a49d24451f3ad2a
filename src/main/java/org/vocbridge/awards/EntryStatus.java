package org.vocbridge.awards;

/** An entry's standing: entered, found eligible or not at screening, or withdrawn by its entrant. */
public enum EntryStatus {
    ENTERED,
    ELIGIBLE,
    INELIGIBLE,
    WITHDRAWN
}
