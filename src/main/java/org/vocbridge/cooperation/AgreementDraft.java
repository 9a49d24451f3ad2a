package org.vocbridge.cooperation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vocbridge.cooperation.domain.CooperationType;
import org.vocbridge.cooperation.domain.PartyRole;

/**
 * An agreement as written by an editor (JSON and page form alike). The status is not part of it:
 * it moves only through transitions.
 *
 * @param version the version read, for edits; a stale one is refused
 */
public record AgreementDraft(
        Map<String, String> title,
        Map<String, String> summary,
        Long allianceId,
        List<PartyDraft> parties,
        Set<CooperationType> types,
        Set<String> fields,
        Set<String> occupations,
        LocalDate startsOn,
        LocalDate endsOn,
        Signing signing,
        List<ProgrammeDraft> programmes,
        Long version) {

    /** A party: the organization's id in the directory and its role. */
    public record PartyDraft(Long organizationId, PartyRole role) {}

    /** The signing: date, place, signatories (one per line) and ceremony. */
    public record Signing(
            LocalDate signedOn, Map<String, String> place, String signatories, Map<String, String> ceremony) {

        public static final Signing NONE = new Signing(null, Map.of(), null, Map.of());
    }

    /**
     * A joint-training programme; its stages say how many years are spent at which party, in order.
     *
     * @param languages languages of instruction as BCP 47 tags
     */
    public record ProgrammeDraft(
            Map<String, String> name,
            List<StageDraft> stages,
            Map<String, String> credentials,
            Integer intakePerYear,
            List<String> languages) {}

    /** Years spent at one party. */
    public record StageDraft(Long organizationId, Integer years) {}
}
