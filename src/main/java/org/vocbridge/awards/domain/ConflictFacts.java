package org.vocbridge.awards.domain;

import java.util.List;
import java.util.Set;
import org.vocbridge.cooperation.AgreementLabel;
import org.vocbridge.directory.AffiliationPeriod;
import org.vocbridge.library.Authorship;
import org.vocbridge.ventures.TeamPerson;

/**
 * What conflicts of interest are computed from: the jurors and entries of a call, and the records of
 * other modules that tie them (affiliations now and past, co-authored resources, agreements, venture
 * teams).
 *
 * @param affiliations of the jurors and of the entries' people
 * @param authorships the resources the jurors wrote
 * @param agreements the agreements the jurors' current organizations are parties to
 * @param teams the people of the entered ventures' teams
 */
record ConflictFacts(
        List<JurorFacts> jurors,
        List<EntryFacts> entries,
        List<AffiliationPeriod> affiliations,
        List<Authorship> authorships,
        List<AgreementLabel> agreements,
        List<TeamPerson> teams) {

    /** A juror: who, and from where. */
    record JurorFacts(long jurorId, long personId, String country) {}

    /**
     * An entry: the people and organization it stands for, its country, the venture it names.
     *
     * @param ventureId the venture entered, or null
     */
    record EntryFacts(long entryId, Set<Long> people, Long organizationId, String country, Long ventureId) {}
}
