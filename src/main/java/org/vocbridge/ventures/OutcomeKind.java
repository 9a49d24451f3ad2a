package org.vocbridge.ventures;

/** What a venture achieved, each counted or measured its own way. */
public enum OutcomeKind {
    /** Jobs created: a count. */
    JOBS,
    /** Revenue over a year to the as-of date: money. */
    REVENUE,
    /** A funding round: money, or undisclosed; the title names the round. */
    FUNDING_ROUND,
    /** An award or a prize: the title names it. */
    AWARD,
    /** A patent or another registration: its number at an office. */
    PATENT,
    /** Customers: a count. */
    CUSTOMERS,
    /** Trainees or apprentices taken on: a count. */
    TRAINEES;

    public boolean inMoney() {
        return this == REVENUE || this == FUNDING_ROUND;
    }

    public boolean counted() {
        return this == JOBS || this == CUSTOMERS || this == TRAINEES;
    }
}
