package org.vocbridge.library.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.library.PackageOutline;
import org.vocbridge.library.VersionSummary;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.files.FileStorage;
import org.vocbridge.shared.files.UploadCheck;
import org.vocbridge.shared.files.ZipCheck;
import org.vocbridge.shared.security.CurrentUser;

/**
 * The files of library resources, in numbered versions: a PDF, DOCX or ODT document, or a course
 * package (IMS Common Cartridge or SCORM, a zip with {@code imsmanifest.xml} at its root). The type
 * is told from the content; zips are checked for entry count, unpacked size and paths before
 * anything in them is read.
 */
@Service
@RequiredArgsConstructor
public class ResourceFiles {

    public static final long MAX_BYTES = 50L * 1024 * 1024;

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String PACKAGE = "application/zip";

    private static final Set<String> ZIP_ALIASES = Set.of("application/zip", "application/x-zip-compressed");

    private final ResourceRepository resources;
    private final ResourceVersionRepository versions;
    private final ResourceAccess access;
    private final FileStorage storage;
    private final AccountsApi accounts;

    @Transactional(readOnly = true)
    public List<VersionSummary> versions(CurrentUser user, long resourceId) {
        access.requireVisible(user, resourceId);
        return versions.findByResourceIdOrderByNumberDesc(resourceId).stream()
                .map(ResourceVersion::summary)
                .toList();
    }

    /** Adds the next version of the resource's file, with a note on what changed. */
    @Transactional
    public VersionSummary addVersion(
            CurrentUser actor,
            long resourceId,
            String fileName,
            byte[] content,
            String declaredType,
            Map<String, String> changeNote) {
        Resource resource = access.requireOwned(actor, resourceId);
        String type = mediaType(content, declaredType);
        PackageOutline outline = PACKAGE.equals(type) ? PackageManifest.read(content) : null;
        InputCheck check = new InputCheck();
        String name = fileName == null
                ? ""
                : fileName.replaceAll("[\\\\/\\p{Cntrl}\"]", "_").strip();
        if (name.isEmpty()) {
            check.reject("file", "error.required");
        }
        check.maxLength("file", name, 200).localized("changeNote", changeNote, 2000);
        check.throwIfAny();
        int next = versions.findByResourceIdOrderByNumberDesc(resourceId).stream()
                        .findFirst()
                        .map(ResourceVersion::number)
                        .orElse(0)
                + 1;
        String key = storage.store(content);
        ResourceVersion version = versions.save(new ResourceVersion(
                resource.id(),
                next,
                LocalizedText.of(changeNote == null ? Map.of() : changeNote),
                key,
                name,
                type,
                content.length,
                actor.username(),
                outline));
        resource.contentText(outline != null ? outlineText(outline) : DocumentText.of(content, type));
        VersionSummary after = version.summary();
        accounts.audit(actor, "add-version", "resource", resourceId, null, after);
        return after;
    }

    /** A package's words for search: its title and the titles of its items. */
    private static String outlineText(PackageOutline outline) {
        StringBuilder text = new StringBuilder(outline.title() == null ? "" : outline.title());
        java.util.ArrayDeque<PackageOutline.Item> items = new java.util.ArrayDeque<>(outline.items());
        while (!items.isEmpty()) {
            PackageOutline.Item item = items.pop();
            text.append('\n').append(item.title());
            item.items().forEach(items::add);
        }
        return text.toString();
    }

    /** A file to download. */
    public record Download(String fileName, String mediaType, byte[] content, String sha256) {}

    /** The file of a version (the newest when {@code number} is null), counted as a download. */
    @Transactional
    public Download download(CurrentUser user, long resourceId, Integer number) {
        access.requireVisible(user, resourceId);
        ResourceVersion version = (number == null
                        ? versions.findByResourceIdOrderByNumberDesc(resourceId).stream()
                                .findFirst()
                        : versions.findByResourceIdAndNumber(resourceId, number))
                .orElseThrow(() -> new NotFoundException("Version", number == null ? 0 : number));
        byte[] content =
                storage.read(version.fileKey()).orElseThrow(() -> new NotFoundException("File", version.fileKey()));
        versions.countDownload(version.id());
        resources.countDownload(resourceId);
        return new Download(version.fileName(), version.mediaType(), content, version.fileKey());
    }

    /**
     * The real media type of an upload, checked against the declared one. Zip-based files are checked
     * as zips first; only then are their entry names read.
     */
    static String mediaType(byte[] content, String declared) {
        boolean zip =
                content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        if (!zip) {
            return UploadCheck.check("file", content, declared, Set.of(UploadCheck.PDF), MAX_BYTES);
        }
        InputCheck check = new InputCheck();
        if (content.length > MAX_BYTES) {
            check.reject("file", "error.upload.tooLarge").throwIfAny();
        }
        try {
            ZipCheck.check(content);
        } catch (ZipCheck.UnsafeZipException e) {
            check.reject("file", e.code()).throwIfAny();
        }
        String detected = zipKind(content);
        if (detected == null) {
            check.reject("file", "error.resource.package").throwIfAny();
        }
        boolean matches = declared == null
                || declared.isBlank()
                || declared.startsWith("application/octet-stream")
                || declared.equalsIgnoreCase(detected)
                || (detected.equals(PACKAGE) && ZIP_ALIASES.contains(declared.toLowerCase(java.util.Locale.ROOT)));
        if (!matches) {
            check.reject("file", "error.upload.mismatch").throwIfAny();
        }
        return detected;
    }

    /** DOCX, ODT or a course package, by the entries only these have; null for any other zip. */
    private static String zipKind(byte[] content) {
        Set<String> names = new HashSet<>();
        String odfType = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                names.add(entry.getName());
                if (entry.getName().equals("mimetype")) {
                    odfType = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException(
                    List.of(new InvalidInputException.FieldProblem("file", "error.import.unreadable")));
        }
        if (ODT.equals(odfType)) {
            return ODT;
        }
        if (names.contains("[Content_Types].xml") && names.contains("word/document.xml")) {
            return DOCX;
        }
        if (names.contains("imsmanifest.xml")) {
            return PACKAGE;
        }
        return null;
    }
}
