package org.vocbridge.awards;

/**
 * Where a call stands: taking entries, screening them for eligibility, review by the jurors
 * assigned, the final round of the finalists, results published.
 */
public enum AwardPhase {
    ENTRY,
    SCREENING,
    REVIEW,
    FINAL,
    RESULTS;

    /** Whether jurors score in this phase. */
    public boolean scored() {
        return this == REVIEW || this == FINAL;
    }
}
