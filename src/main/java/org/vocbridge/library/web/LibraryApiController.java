package org.vocbridge.library.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vocbridge.library.Licence;
import org.vocbridge.library.RelationSummary;
import org.vocbridge.library.ResourceHit;
import org.vocbridge.library.ResourceKind;
import org.vocbridge.library.ResourceStatus;
import org.vocbridge.library.ResourceSummary;
import org.vocbridge.library.VersionSummary;
import org.vocbridge.library.domain.ResourceDraft;
import org.vocbridge.library.domain.ResourceFiles;
import org.vocbridge.library.domain.ResourceFilter;
import org.vocbridge.library.domain.ResourceQueries;
import org.vocbridge.library.domain.ResourceRelations;
import org.vocbridge.library.domain.Resources;
import org.vocbridge.library.domain.Review;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Downloads;

/** The resource library as JSON: resources, their review, versions and files, relations and chains. */
@RestController
@RequestMapping("/api/v1/resources")
@Tag(name = "Library", description = "Standards, courses, course packages and good practices; versions, relations")
@RequiredArgsConstructor
class LibraryApiController {

    private final ResourceQueries queries;
    private final Resources resources;
    private final ResourceFiles files;
    private final ResourceRelations relations;

    @GetMapping
    @Operation(
            summary = "List or search resources",
            description = "The resources the caller may see: published ones (members-only ones to the alliance's "
                    + "members). q searches titles, summaries and file text in any language, or an "
                    + "ISCO-08/ISCED-F code (sort=RELEVANCE by default then); status=SUBMITTED or RETURNED "
                    + "lists what the caller owns or reviews. field and occupation take codes at any level.")
    ResultPage<ResourceHit> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) ResourceKind kind,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) String occupation,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) Licence licence,
            @RequestParam(required = false) Long alliance,
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) ResourceStatus status,
            @RequestParam(required = false) ResourceFilter.Sort sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            CurrentUser user) {
        // named parameters rather than a bound record: binding a record reflects over it on every request
        ResourceFilter filter = new ResourceFilter(
                kind, country, field, occupation, language, licence, alliance, organization, status, sort);
        return queries.find(q, filter, Math.max(page, 0), Math.max(1, Math.min(size, 100)), user);
    }

    @GetMapping("/counts")
    @Operation(
            summary = "An alliance's resources by kind",
            description = "An alliance's published resources by kind, counted from the records (members-only ones "
                    + "for its members).")
    Map<ResourceKind, Long> counts(@RequestParam long alliance, CurrentUser user) {
        return queries.publishedByKind(alliance, user);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One resource",
            description = "A resource with its owners, fields, occupations and newest version; one the caller may "
                    + "not see is 404.")
    ResourceSummary get(@PathVariable long id, CurrentUser user) {
        return queries.get(id, user);
    }

    @PostMapping
    @Operation(
            summary = "Submit a resource for review",
            description = "Submit a resource for review by its alliance's secretariat; the caller edits one of its "
                    + "owner organizations.")
    ResponseEntity<ResourceSummary> submit(@RequestBody ResourceDraft draft, CurrentUser user) {
        ResourceSummary created = resources.submit(user, draft);
        return ResponseEntity.created(URI.create("/api/v1/resources/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Edit a resource",
            description = "Edit a resource (its owners' editors); send the version read, a stale one gets 409. A "
                    + "returned resource is submitted again.")
    ResourceSummary update(@PathVariable long id, @RequestBody ResourceDraft draft, CurrentUser user) {
        return resources.update(user, id, draft);
    }

    @PostMapping("/{id}/review")
    @Operation(
            summary = "Publish or return a resource",
            description = "Publish a submitted resource, or return it with a note (the alliance secretariat).")
    ResourceSummary review(@PathVariable long id, @RequestBody Review review, CurrentUser user) {
        return resources.review(user, id, review);
    }

    @GetMapping("/{id}/versions")
    @Operation(
            summary = "A resource's versions",
            description = "The versions of a resource's file, newest first, with sizes, checksums and change notes.")
    List<VersionSummary> versions(@PathVariable long id, CurrentUser user) {
        return files.versions(user, id);
    }

    @PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload the next version of the file",
            description = "A PDF, DOCX, ODT, or a course package (IMS Common Cartridge or SCORM zip) of at most 50 "
                    + "MB; the change note is in the language lang. Zip bombs, climbing paths and files that "
                    + "are not what they claim are refused with 400.")
    ResponseEntity<VersionSummary> addVersion(
            @PathVariable long id,
            @RequestParam(required = false) String changeNote,
            @RequestParam(defaultValue = "en") String lang,
            @RequestPart("file") MultipartFile file,
            CurrentUser user)
            throws IOException {
        VersionSummary added = files.addVersion(
                user,
                id,
                file.getOriginalFilename(),
                file.getBytes(),
                file.getContentType(),
                changeNote == null || changeNote.isBlank() ? Map.of() : Map.of(lang, changeNote));
        return ResponseEntity.created(URI.create("/api/v1/resources/" + id + "/versions/" + added.number()))
                .body(added);
    }

    @GetMapping("/{id}/file")
    @Operation(
            summary = "Download the newest file",
            description = "The newest version's file, counted as a download; its SHA-256 is in the Digest header.")
    ResponseEntity<byte[]> latestFile(@PathVariable long id, CurrentUser user) {
        return file(files.download(user, id, null));
    }

    @GetMapping("/{id}/versions/{number}/file")
    @Operation(summary = "Download one version's file", description = "The file of one version, counted as a download.")
    ResponseEntity<byte[]> versionFile(@PathVariable long id, @PathVariable int number, CurrentUser user) {
        return file(files.download(user, id, number));
    }

    static ResponseEntity<byte[]> file(ResourceFiles.Download d) {
        return Downloads.storedFile(d.fileName(), d.mediaType(), d.content(), d.sha256());
    }

    @GetMapping("/{id}/relations")
    @Operation(
            summary = "A resource's relations",
            description = "What this resource implements or derives from, and what implements it.")
    List<RelationSummary> relations(@PathVariable long id, CurrentUser user) {
        return relations.of(user, id);
    }

    @PostMapping("/{id}/relations")
    @Operation(
            summary = "Relate two resources",
            description = "Relate this resource to another: IMPLEMENTS a standard, or DERIVED_FROM (its owners' "
                    + "editors).")
    ResponseEntity<RelationSummary> relate(
            @PathVariable long id, @RequestBody ResourceRelations.RelationDraft draft, CurrentUser user) {
        return ResponseEntity.status(201).body(relations.add(user, id, draft));
    }

    @DeleteMapping("/{id}/relations/{relation}")
    @Operation(summary = "Remove a relation", description = "Remove a relation of this resource (its owners' editors).")
    ResponseEntity<Void> unrelate(@PathVariable long id, @PathVariable long relation, CurrentUser user) {
        relations.remove(user, id, relation);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/chain")
    @Operation(
            summary = "What implements a resource",
            description = "What implements this resource, level by level: a standard down to its courses.")
    ResourceRelations.ChainNode chain(@PathVariable long id, CurrentUser user) {
        return relations.chain(user, id);
    }
}
