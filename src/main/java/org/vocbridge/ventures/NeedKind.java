package org.vocbridge.ventures;

/** What a venture asks for: what the matching module pairs with what colleges and enterprises offer. */
public enum NeedKind {
    FUNDING,
    MENTORING,
    MARKET_ACCESS,
    EQUIPMENT,
    PREMISES,
    PARTNERS,
    SKILLS;

    /** Whether it is measured in money (an amount and a currency) rather than in a count. */
    public boolean inMoney() {
        return this == FUNDING;
    }
}
