package org.vocbridge.awards.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.files.FileStorage;
import org.vocbridge.shared.files.UploadCheck;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Files that come with an entry: added and removed by its entrant while the call takes entries,
 * checked by their content before a byte is kept, read by the entrant, the secretariat and the
 * entry's jurors only (under a name made of the entry's code while the review is blind).
 */
@Service
@RequiredArgsConstructor
public class EntryFiles {

    public static final int MAX_FILES = 10;
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    static final Set<String> ACCEPTED = Set.of(UploadCheck.PDF, UploadCheck.PNG, UploadCheck.JPEG, UploadCheck.WEBP);

    private final EntryFileRepository files;
    private final AwardEntryRepository entries;
    private final AwardEntries entryRules;
    private final AwardAccess access;
    private final EntryViews views;
    private final FileStorage storage;
    private final AccountsApi accounts;

    /** A file to download, under the name its reader may see. */
    public record Download(String fileName, String mediaType, String sha256, byte[] content) {}

    @Transactional
    public EntryFileSummary add(CurrentUser user, long entryId, String fileName, String declaredType, byte[] content) {
        user.requireSignedIn();
        AwardEntry entry =
                entries.findForUpdate(entryId).orElseThrow(() -> new NotFoundException("Award entry", entryId));
        requireChangeable(user, entry);
        if (files.countByEntryId(entryId) >= MAX_FILES) {
            new InputCheck().reject("file", "error.tooMany", MAX_FILES).throwIfAny();
        }
        byte[] bytes = content == null ? new byte[0] : content;
        String mediaType = UploadCheck.check("file", bytes, declaredType, ACCEPTED, MAX_BYTES);
        EntryFile file = files.saveAndFlush(new EntryFile(
                entryId,
                storage.store(bytes),
                bytes.length,
                mediaType,
                UploadCheck.fileName(fileName, mediaType, "file"),
                user.id(),
                Instant.now()));
        accounts.audit(
                user,
                "add-file",
                "award-entry",
                entryId,
                null,
                Map.of("file", file.fileName(), "sha256", file.sha256()));
        return summary(file);
    }

    @Transactional
    public void remove(CurrentUser user, long entryId, long fileId) {
        user.requireSignedIn();
        requireChangeable(user, entryRules.require(entryId));
        EntryFile file = require(entryId, fileId);
        files.delete(file);
        accounts.audit(user, "remove-file", "award-entry", entryId, Map.of("file", file.fileName()), null);
    }

    @Transactional(readOnly = true)
    public Download download(CurrentUser user, long entryId, long fileId) {
        AwardEntry entry = entryRules.require(entryId);
        AwardCall call = access.call(entry.callId());
        EntryViews.Reader reader = entryRules
                .reader(user, entry, call)
                .filter(EntryViews.Reader::readsFiles)
                .orElseThrow(() -> new NotFoundException("Award entry file", fileId));
        EntryFile file = require(entryId, fileId);
        String name = views.as(reader, call, List.of(entry)).get(0).files().stream()
                .filter(f -> f.id() == fileId)
                .map(EntryFileSummary::name)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Award entry file", fileId));
        byte[] content = storage.read(file.sha256())
                .orElseThrow(() -> new IllegalStateException("Stored file missing: " + file.sha256()));
        return new Download(name, file.mediaType(), file.sha256(), content);
    }

    /** Only its entrant changes an entry's files, and only while the call takes entries. */
    private void requireChangeable(CurrentUser user, AwardEntry entry) {
        if (!entryRules.entrant(user, entry)) {
            throw new AccessDeniedException("Not the entrant");
        }
        AwardCall call = access.call(entry.callId());
        InputCheck check = new InputCheck();
        if (!entry.live()) {
            check.reject("file", "error.award.withdrawn");
        } else if (!call.takesEntries(AwardCalls.today())) {
            check.reject("file", "error.award.closed", call.opensOn(), call.closesOn());
        }
        check.throwIfAny();
    }

    private EntryFile require(long entryId, long fileId) {
        return files.findById(fileId)
                .filter(f -> f.entryId() == entryId)
                .orElseThrow(() -> new NotFoundException("Award entry file", fileId));
    }

    private static EntryFileSummary summary(EntryFile f) {
        return new EntryFileSummary(f.id(), f.fileName(), f.mediaType(), f.size(), f.uploadedAt());
    }
}
