package org.vocbridge.cooperation.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.cooperation.DocumentSummary;
import org.vocbridge.cooperation.DocumentVisibility;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.files.FileStorage;
import org.vocbridge.shared.files.UploadCheck;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Documents of agreements: uploads checked by content, kept in versions addressed by their SHA-256,
 * and served only to those their visibility allows. A document someone may not read is "not
 * found" to them, so its existence does not leak either.
 */
@Service
@RequiredArgsConstructor
public class AgreementDocuments {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    static final Set<String> ACCEPTED = Set.of(UploadCheck.PDF, UploadCheck.PNG, UploadCheck.JPEG);

    private final AgreementDocumentRepository documents;
    private final AgreementAccess access;
    private final FileStorage files;
    private final AccountsApi accounts;

    /** A file to download. */
    public record Download(String fileName, String mediaType, String sha256, byte[] content) {}

    /** The upload of a new document or of a new version of one. */
    public record Upload(
            Map<String, String> title,
            DocumentVisibility visibility,
            String fileName,
            String declaredType,
            byte[] content,
            String note) {}

    /** The documents of the agreement that the user may read. */
    @Transactional(readOnly = true)
    public List<DocumentSummary> list(CurrentUser user, long agreementId) {
        Agreement agreement = access.requireVisible(user, agreementId);
        Readers readers = readers(user, agreement);
        return documents.findByAgreementIdOrderById(agreementId).stream()
                .filter(d -> readers.may(d.visibility()))
                .map(d -> d.summary(accounts::displayName))
                .toList();
    }

    @Transactional
    public DocumentSummary add(CurrentUser actor, long agreementId, Upload upload) {
        access.requireEditable(actor, agreementId);
        InputCheck check = new InputCheck();
        AgreementChecks.requireText(check, "title", upload.title());
        check.localized("title", upload.title(), 300);
        check.require("visibility", upload.visibility());
        check.maxLength("note", upload.note(), 1000);
        check.throwIfAny();
        String mediaType = checkFile(upload);
        AgreementDocument document =
                new AgreementDocument(agreementId, LocalizedText.of(upload.title()), upload.visibility());
        addVersion(actor, document, upload, mediaType);
        documents.save(document);
        DocumentSummary after = document.summary(accounts::displayName);
        accounts.audit(actor, "add", "agreement-document", document.id(), null, after);
        return after;
    }

    /** Adds a version; the earlier ones stay downloadable. A new visibility may come with it. */
    @Transactional
    public DocumentSummary addVersion(CurrentUser actor, long agreementId, long documentId, Upload upload) {
        access.requireEditable(actor, agreementId);
        AgreementDocument document = require(agreementId, documentId);
        new InputCheck().maxLength("note", upload.note(), 1000).throwIfAny();
        String mediaType = checkFile(upload);
        DocumentSummary before = document.summary(accounts::displayName);
        if (upload.visibility() != null) {
            document.visibility(upload.visibility());
        }
        addVersion(actor, document, upload, mediaType);
        documents.flush();
        DocumentSummary after = document.summary(accounts::displayName);
        accounts.audit(actor, "add-version", "agreement-document", documentId, before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public Download download(CurrentUser user, long agreementId, long documentId, int number) {
        Agreement agreement = access.requireVisible(user, agreementId);
        AgreementDocument document = require(agreementId, documentId);
        if (!readers(user, agreement).may(document.visibility())) {
            throw new NotFoundException("Document", documentId);
        }
        DocumentVersion version = document.versions().stream()
                .filter(v -> v.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Document version", number));
        byte[] content = files.read(version.sha256())
                .orElseThrow(() -> new IllegalStateException("Stored file missing: " + version.sha256()));
        return new Download(version.fileName(), version.mediaType(), version.sha256(), content);
    }

    private String checkFile(Upload upload) {
        byte[] content = upload.content() == null ? new byte[0] : upload.content();
        return UploadCheck.check("file", content, upload.declaredType(), ACCEPTED, MAX_BYTES);
    }

    private void addVersion(CurrentUser actor, AgreementDocument document, Upload upload, String mediaType) {
        String key = files.store(upload.content());
        document.addVersion(
                key,
                upload.content().length,
                mediaType,
                UploadCheck.fileName(upload.fileName(), mediaType, "document"),
                upload.note() == null || upload.note().isBlank()
                        ? null
                        : upload.note().strip(),
                actor.username());
    }

    private AgreementDocument require(long agreementId, long documentId) {
        return documents
                .findById(documentId)
                .filter(d -> d.agreementId() == agreementId)
                .orElseThrow(() -> new NotFoundException("Document", documentId));
    }

    /** Who reads what: computed once per request, as membership needs a look-up. */
    private Readers readers(CurrentUser user, Agreement agreement) {
        boolean party = access.canEdit(user, agreement);
        return new Readers(party, party || access.isAllianceMember(user, agreement));
    }

    private record Readers(boolean party, boolean member) {
        boolean may(DocumentVisibility visibility) {
            return switch (visibility) {
                case PUBLIC -> true;
                case ALLIANCE_MEMBERS -> member;
                case PARTIES -> party;
            };
        }
    }
}
