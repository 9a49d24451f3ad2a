package org.vocbridge.awards.domain;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.vocbridge.shared.files.UploadCheck;

/**
 * Entries as their readers see them: in full, or blind for a juror while the phase is blind. Its
 * files are for its entrant, the secretariat and its jurors, never for the public.
 */
@Service
@RequiredArgsConstructor
class EntryViews {

    /** Who reads an entry, from the least to the most they see. */
    enum Reader {
        PUBLIC,
        JUROR,
        ENTRANT,
        SECRETARIAT;

        boolean readsFiles() {
            return this != PUBLIC;
        }
    }

    private final DirectoryApi directory;
    private final AssignmentStore assignments;
    private final EntryFileRepository files;

    /** In full, as everyone may see it: a place, prize and citation only once published, no files. */
    List<EntrySummary> full(List<AwardEntry> list) {
        return of(list, Reader.PUBLIC);
    }

    /** In full with its files, for whoever entered it. */
    List<EntrySummary> forEntrant(List<AwardEntry> list) {
        return of(list, Reader.ENTRANT);
    }

    /** In full with the winners chosen before the results are published: for the call's secretariat. */
    List<EntrySummary> forSecretariat(List<AwardEntry> list) {
        return of(list, Reader.SECRETARIAT);
    }

    /** As the reader may see them, blind for a juror while the phase is. */
    List<EntrySummary> as(Reader reader, AwardCall call, List<AwardEntry> list) {
        return reader == Reader.JUROR ? forJuror(call, list) : of(list, reader);
    }

    private List<EntrySummary> of(List<AwardEntry> list, Reader reader) {
        Map<Long, OrganizationLabel> organizations = directory.organizationLabels(AwardEntries.organizationIds(list));
        Map<Long, PersonLabel> people = directory.personLabels(AwardEntries.personIds(list));
        boolean unpublished = reader == Reader.SECRETARIAT;
        Map<Long, List<EntryFileSummary>> attached = reader.readsFiles() ? files(list, false) : Map.of();
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
                        attached.getOrDefault(e.id(), List.of()),
                        false,
                        e.demo(),
                        e.createdAt()))
                .toList();
    }

    /** For a juror: blind while the call's review is blind, the title withheld where it names the entrant. */
    List<EntrySummary> forJuror(AwardCall call, List<AwardEntry> list) {
        if (!blind(call)) {
            return of(list, Reader.JUROR);
        }
        Map<Long, List<EntryFileSummary>> attached = files(list, true);
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
                        attached.getOrDefault(e.id(), List.of()),
                        true,
                        e.demo(),
                        e.createdAt()))
                .toList();
    }

    /** The files of the entries, by entry; named after the entry's code when blind, as a file's name may name its author. */
    private Map<Long, List<EntryFileSummary>> files(List<AwardEntry> list, boolean blind) {
        if (list.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<EntryFileSummary>> byEntry = new HashMap<>();
        for (EntryFile f : files.findByEntryIdInOrderByIdAsc(
                list.stream().map(AwardEntry::id).toList())) {
            List<EntryFileSummary> of = byEntry.computeIfAbsent(f.entryId(), id -> new ArrayList<>());
            String name = blind ? blindName(f.entryId(), of.size() + 1, f.mediaType()) : f.fileName();
            of.add(new EntryFileSummary(f.id(), name, f.mediaType(), f.size(), f.uploadedAt()));
        }
        return byEntry;
    }

    /** The name a juror reading blind sees a file under: the entry's code and the file's number (E-0007-2.pdf). */
    static String blindName(long entryId, int number, String mediaType) {
        return code(entryId) + "-" + number + UploadCheck.extension(mediaType);
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
