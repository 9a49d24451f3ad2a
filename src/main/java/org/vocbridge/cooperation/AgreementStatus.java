package org.vocbridge.cooperation;

import java.util.EnumSet;
import java.util.Set;

/** Where an agreement is in its life; only the moves listed here are allowed. */
public enum AgreementStatus {
    DRAFT,
    NEGOTIATING,
    SIGNED,
    ACTIVE,
    COMPLETED,
    TERMINATED;

    public Set<AgreementStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(NEGOTIATING, TERMINATED);
            case NEGOTIATING -> EnumSet.of(DRAFT, SIGNED, TERMINATED);
            case SIGNED -> EnumSet.of(ACTIVE, TERMINATED);
            case ACTIVE -> EnumSet.of(COMPLETED, TERMINATED);
            case COMPLETED, TERMINATED -> EnumSet.noneOf(AgreementStatus.class);
        };
    }

    public boolean canMoveTo(AgreementStatus target) {
        return next().contains(target);
    }

    /** Signed agreements are public; drafts and negotiations are seen by the parties and secretariat. */
    public boolean isPublic() {
        return this != DRAFT && this != NEGOTIATING;
    }

    /** Whether yearly progress reports are expected while the agreement is in this state. */
    public boolean reports() {
        return this == ACTIVE || this == COMPLETED;
    }

    public static final Set<AgreementStatus> PUBLIC = EnumSet.of(SIGNED, ACTIVE, COMPLETED, TERMINATED);
}
