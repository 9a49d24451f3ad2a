package org.vocbridge.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.vocbridge.shared.LocalizedText;

/**
 * An organization's membership of an alliance, with every decision taken on it.
 *
 * @param next the statuses it may move to now
 */
public record MembershipSummary(
        long id,
        long version,
        long allianceId,
        LocalizedText allianceName,
        long organizationId,
        LocalizedText organizationName,
        String organizationCountry,
        OrganizationKind organizationKind,
        MembershipRole role,
        MembershipStatus status,
        LocalDate joinedOn,
        LocalDate leftOn,
        String applicationNote,
        Set<MembershipStatus> next,
        List<Decision> history) {

    /** One decision: from which status to which, by whom, when and why. */
    public record Decision(Instant at, String actor, MembershipStatus from, MembershipStatus to, String reason) {}

    /** Whether the organization belongs to the alliance now (active or approved, not left). */
    public boolean current() {
        return status.isMember();
    }
}
