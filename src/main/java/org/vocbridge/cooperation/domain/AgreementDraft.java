package org.vocbridge.cooperation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.vocbridge.cooperation.CooperationType;
import org.vocbridge.cooperation.PartyRole;
import org.vocbridge.taxonomy.Codes;

/**
 * An agreement as written by an editor (JSON and page form alike). The status is not part of it:
 * it moves only through transitions. Missing lists and sets are empty, a missing signing none.
 *
 * @param escoOccupations ESCO occupation URIs (their ISCO-08 groups join {@code occupations})
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
        Set<String> escoOccupations,
        LocalDate startsOn,
        LocalDate endsOn,
        Signing signing,
        List<ProgrammeDraft> programmes,
        Long version) {

    public AgreementDraft {
        parties = parties == null ? List.of() : parties;
        // a blank choice on a page form comes as a null
        types = types == null
                ? Set.of()
                : types.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        signing = signing == null ? Signing.NONE : signing;
        programmes = programmes == null ? List.of() : programmes;
    }

    Codes codes() {
        return Codes.of(fields, occupations, escoOccupations);
    }

    /** A party: the organization's id in the directory and its role. */
    public record PartyDraft(Long organizationId, PartyRole role) {}

    /** The signing: date, place, signatories (one per line) and ceremony; blank signatories are none. */
    public record Signing(
            LocalDate signedOn, Map<String, String> place, String signatories, Map<String, String> ceremony) {

        public static final Signing NONE = new Signing(null, Map.of(), null, Map.of());

        public Signing {
            signatories = signatories == null || signatories.isBlank() ? null : signatories.strip();
        }
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
            List<String> languages) {

        public ProgrammeDraft {
            stages = stages == null ? List.of() : stages;
            languages = languages == null ? List.of() : languages;
        }
    }

    /** Years spent at one party. */
    public record StageDraft(Long organizationId, Integer years) {}
}
