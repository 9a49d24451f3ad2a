package org.vocbridge.awards;

/**
 * Why a juror may not judge an entry. The declared kinds are HotCRP's; the others are computed
 * from the platform's records.
 */
public enum ConflictRule {
    /** The juror is one of the people the entry stands for. */
    SAME_PERSON(false),
    /** The juror works, or worked within the call's number of years, for an organization of the entry. */
    SAME_ORGANIZATION(false),
    /** The juror is from the entry's country and the call's rules say that is a conflict. */
    SAME_COUNTRY(false),
    /** The juror wrote a library resource with one of the entry's people within four years. */
    CO_AUTHOR(false),
    /** An organization of the juror and one of the entry are parties to the same agreement. */
    AGREEMENT_PARTY(false),
    /** The juror mentors or advises the venture entered. */
    MENTOR(false),
    DECLARED_COLLABORATOR(true),
    DECLARED_ADVISOR(true),
    DECLARED_SAME_INSTITUTION(true),
    DECLARED_PERSONAL(true),
    DECLARED_OTHER(true);

    private final boolean declared;

    ConflictRule(boolean declared) {
        this.declared = declared;
    }

    public boolean declared() {
        return declared;
    }
}
