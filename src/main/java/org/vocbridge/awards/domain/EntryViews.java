package org.vocbridge.awards.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.vocbridge.awards.AwardPhase;
import org.vocbridge.awards.EntrySubject;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.directory.PersonLabel;
import org.vocbridge.shared.LocalizedText;

/** Entries as their readers see them: in full, or blind for a juror while the phase is blind. */
@Service
@RequiredArgsConstructor
class EntryViews {

    private final DirectoryApi directory;
    private final AssignmentStore assignments;

    /** In full, as its entrant and everyone may see it: a place, prize and citation only once published. */
    List<EntrySummary> full(List<AwardEntry> list) {
        return of(list, false);
    }

    /** In full with the winners chosen before the results are published: for the call's secretariat. */
    List<EntrySummary> forSecretariat(List<AwardEntry> list) {
        return of(list, true);
    }

    private List<EntrySummary> of(List<AwardEntry> list, boolean unpublished) {
        Map<Long, OrganizationLabel> organizations = directory.organizationLabels(AwardEntries.organizationIds(list));
        Map<Long, PersonLabel> people = directory.personLabels(AwardEntries.personIds(list));
        return list.stream()
                .map(e -> new EntrySummary(
                        e.id(),
                        e.version(),
                        e.callId(),
                        code(e.id()),
                        e.category(),
                        e.subjectId(),
                        LocalizedText.of(e.title()),
                        LocalizedText.of(e.statement()),
                        e.language(),
                        e.organizationId() == null ? null : organizations.get(e.organizationId()),
                        e.country(),
                        e.people().stream()
                                .map(people::get)
                                .filter(Objects::nonNull)
                                .toList(),
                        e.status(),
                        e.screeningNote(),
                        e.finalist(),
                        e.published() || unpublished ? e.place() : null,
                        e.prize() != null && (e.published() || unpublished) ? LocalizedText.of(e.prize()) : null,
                        e.citation() != null && (e.published() || unpublished) ? LocalizedText.of(e.citation()) : null,
                        e.published() ? e.certificateCode() : null,
                        false,
                        e.demo(),
                        e.createdAt()))
                .toList();
    }

    /** For a juror: blind while the call's review is blind, the title withheld where it names the entrant. */
    List<EntrySummary> forJuror(AwardCall call, List<AwardEntry> list) {
        if (!blind(call)) {
            return full(list);
        }
        return list.stream()
                .map(e -> new EntrySummary(
                        e.id(),
                        e.version(),
                        e.callId(),
                        code(e.id()),
                        e.category(),
                        e.category().subject() == EntrySubject.RESOURCE ? e.subjectId() : 0,
                        e.category().subject() == EntrySubject.RESOURCE ? LocalizedText.of(e.title()) : null,
                        LocalizedText.of(e.statement()),
                        e.language(),
                        null,
                        null,
                        List.of(),
                        e.status(),
                        null,
                        e.finalist(),
                        null,
                        null,
                        null,
                        null,
                        true,
                        e.demo(),
                        e.createdAt()))
                .toList();
    }

    static boolean blind(AwardCall call) {
        return call.juryRules().blindReview() && call.phase() == AwardPhase.REVIEW;
    }

    /** Whether the entry is assigned to the juror in the call's phase, and the call has published its assignments. */
    boolean assignedTo(AwardCall call, Juror juror, long entryId) {
        return call.assignmentsPublished()
                && assignments
                        .of(call.id(), call.phase())
                        .getOrDefault(entryId, List.of())
                        .contains(juror.id());
    }

    /** A reference to an entry that names nobody. */
    static String code(long id) {
        return String.format(java.util.Locale.ROOT, "E-%04d", id);
    }
}
