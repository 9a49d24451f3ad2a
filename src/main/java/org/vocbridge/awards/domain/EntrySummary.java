package org.vocbridge.awards.domain;

import java.time.Instant;
import java.util.List;
import org.vocbridge.awards.AwardCategory;
import org.vocbridge.awards.EntryStatus;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.directory.PersonLabel;
import org.vocbridge.shared.LocalizedText;

/**
 * An entry as its reader may see it. Seen blind (a juror in a blind phase), it names no entrant:
 * its title is withheld when it is the name of a person, venture or organization, and its people,
 * organization and country always.
 *
 * @param code a short reference that names nobody (E-0007)
 * @param title null when withheld
 * @param screeningNote why it was found ineligible (or a note on its eligibility); for its entrant and the secretariat
 * @param place its place among the winners, from 1; shown to all once the results are published
 * @param files what came with it; for its entrant, the secretariat and its jurors only
 */
public record EntrySummary(
        long id,
        long version,
        long callId,
        String code,
        AwardCategory category,
        long subjectId,
        LocalizedText title,
        LocalizedText statement,
        String language,
        OrganizationLabel organization,
        String country,
        List<PersonLabel> people,
        EntryStatus status,
        String screeningNote,
        boolean finalist,
        Integer place,
        LocalizedText prize,
        LocalizedText citation,
        String certificateCode,
        List<EntryFileSummary> files,
        boolean blind,
        boolean demo,
        Instant createdAt) {}
