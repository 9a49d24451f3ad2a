package org.vocbridge.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.vocbridge.matching.MatchExplanation.ComponentKind;

/**
 * A contact made from a match, as its two sides read it: who made it, the score with the algorithm
 * version and weights it was computed with then, where it stands, the messages exchanged through the
 * platform, and, once accepted, the two people to write to (empty before).
 */
public record ContactSummary(
        long id,
        long demandId,
        long offerId,
        long demandOrganizationId,
        long offerOrganizationId,
        MatchSide side,
        int score,
        String algorithm,
        Map<ComponentKind, Integer> weights,
        ContactStatus status,
        DeclineReason reason,
        Instant createdAt,
        Instant answeredAt,
        List<Message> messages,
        List<Person> people) {

    /** A message from one side. */
    public record Message(MatchSide side, String author, String text, Instant writtenAt) {}

    /** One of the two people who made and answered the contact, with the address to write to. */
    public record Person(MatchSide side, String name, String email) {}
}
