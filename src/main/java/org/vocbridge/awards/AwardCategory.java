package org.vocbridge.awards;

/** What an award is for, and so what may be entered in it. */
public enum AwardCategory {
    OUTSTANDING_PAPER(EntrySubject.RESOURCE),
    TVET_STAR(EntrySubject.PERSON),
    TEACHING_TEAM(EntrySubject.ORGANIZATION),
    SKILLS_COMPETITION(EntrySubject.PERSON),
    YOUTH_VENTURE(EntrySubject.VENTURE),
    GOOD_PRACTICE(EntrySubject.RESOURCE);

    private final EntrySubject subject;

    AwardCategory(EntrySubject subject) {
        this.subject = subject;
    }

    /** The kind of record an entry in this category names. */
    public EntrySubject subject() {
        return subject;
    }
}
