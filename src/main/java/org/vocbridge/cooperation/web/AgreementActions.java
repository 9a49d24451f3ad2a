package org.vocbridge.cooperation.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.cooperation.AgreementStatus;
import org.vocbridge.cooperation.DocumentVisibility;
import org.vocbridge.cooperation.domain.AgreementDocuments;
import org.vocbridge.cooperation.domain.AgreementDraft;
import org.vocbridge.cooperation.domain.Agreements;
import org.vocbridge.cooperation.domain.Transition;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Downloads;
import org.vocbridge.shared.web.Flash;

/**
 * The buttons of an agreement's page: its editors move it on and attach documents and their new
 * versions; readers download the documents they may read.
 */
@Controller
@RequestMapping("/agreements")
@RequiredArgsConstructor
class AgreementActions {

    private final Agreements lifecycle;
    private final AgreementDocuments documents;

    @PostMapping("/{id}/transitions")
    String transition(
            @PathVariable long id,
            @RequestParam(required = false) AgreementStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
            @RequestParam(required = false) String signatories,
            @RequestParam(required = false) Long version,
            CurrentUser user,
            RedirectAttributes redirect) {
        AgreementDraft.Signing signing = new AgreementDraft.Signing(signedOn, Map.of(), signatories, Map.of());
        Flash.run(
                redirect,
                "agreement.moved",
                () -> lifecycle.transition(user, id, new Transition(status, effectiveOn, note, signing, version)));
        return "redirect:/agreements/" + id;
    }

    @PostMapping("/{id}/documents")
    String addDocument(
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) DocumentVisibility visibility,
            @RequestParam(required = false) String note,
            @RequestParam("file") MultipartFile file,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        byte[] content = file.getBytes();
        String tag = lang == null || lang.isBlank() ? locale.toLanguageTag() : lang;
        Flash.run(
                redirect,
                "document.saved",
                () -> documents.add(
                        user,
                        id,
                        new AgreementDocuments.Upload(
                                title == null || title.isBlank() ? Map.of() : Map.of(tag, title),
                                visibility,
                                file.getOriginalFilename(),
                                file.getContentType(),
                                content,
                                note)));
        return "redirect:/agreements/" + id + "#documents";
    }

    @PostMapping("/{id}/documents/{document}/versions")
    String addVersion(
            @PathVariable long id,
            @PathVariable long document,
            @RequestParam(required = false) String note,
            @RequestParam("file") MultipartFile file,
            CurrentUser user,
            RedirectAttributes redirect)
            throws IOException {
        byte[] content = file.getBytes();
        Flash.run(
                redirect,
                "document.saved",
                () -> documents.addVersion(
                        user,
                        id,
                        document,
                        new AgreementDocuments.Upload(
                                null, null, file.getOriginalFilename(), file.getContentType(), content, note)));
        return "redirect:/agreements/" + id + "#documents";
    }

    @GetMapping("/{id}/documents/{document}/versions/{number}")
    ResponseEntity<byte[]> download(
            @PathVariable long id, @PathVariable long document, @PathVariable int number, CurrentUser user) {
        return file(documents.download(user, id, document, number));
    }

    /** A stored document as an attachment, never rendered inline on our origin. */
    static ResponseEntity<byte[]> file(AgreementDocuments.Download download) {
        return Downloads.storedFile(download.fileName(), download.mediaType(), download.content(), download.sha256());
    }
}
