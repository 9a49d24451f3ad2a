package org.vocbridge.library.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.directory.PersonLabel;
import org.vocbridge.library.ResourceSummary;
import org.vocbridge.library.VersionSummary;
import org.vocbridge.taxonomy.Codes;
import org.vocbridge.taxonomy.EscoOccupationSummary;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * Resources as their readers see them: with their owners' names, the translations the reader may
 * see, the newest file and the ESCO occupations' labels, each read once for a whole list.
 */
@Component
@RequiredArgsConstructor
class ResourceSummaries {

    private final ResourceRepository resources;
    private final ResourceVersionRepository versions;
    private final DirectoryApi directory;
    private final TaxonomyApi taxonomy;

    ResourceSummary of(Resource resource, ResourceAccess.Reader reader) {
        return of(List.of(resource), reader).get(0);
    }

    List<ResourceSummary> of(List<Resource> list, ResourceAccess.Reader reader) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, OrganizationLabel> owners = directory.organizationLabels(
                list.stream().flatMap(r -> r.owners().stream()).collect(Collectors.toSet()));
        Map<Long, PersonLabel> authors = directory.personLabels(
                list.stream().flatMap(r -> r.authors().stream()).collect(Collectors.toSet()));
        List<Long> ids = list.stream().map(Resource::id).toList();
        Map<Long, List<ResourceSummary.Translation>> translations = new HashMap<>();
        resources.findByTranslationOfIn(ids).stream()
                .filter(reader::sees)
                .sorted(Comparator.comparing(Resource::id))
                .forEach(t -> translations
                        .computeIfAbsent(t.translationOf(), k -> new ArrayList<>())
                        .add(new ResourceSummary.Translation(t.id(), t.contentLanguage(), t.title())));
        Map<Long, VersionSummary> newest = new HashMap<>();
        versions.findNewest(ids).forEach(v -> newest.put(v.resourceId(), v.summary()));
        Map<String, EscoOccupationSummary> escoLabels = new HashMap<>();
        Set<String> escoUris =
                list.stream().flatMap(r -> r.codes().escoOccupations().stream()).collect(Collectors.toSet());
        taxonomy.escoOccupations(escoUris).forEach(e -> escoLabels.put(e.uri(), e));
        return list.stream()
                .map(r -> summary(r, reader, owners, authors, translations, newest, escoLabels))
                .toList();
    }

    private static ResourceSummary summary(
            Resource r,
            ResourceAccess.Reader reader,
            Map<Long, OrganizationLabel> owners,
            Map<Long, PersonLabel> authors,
            Map<Long, List<ResourceSummary.Translation>> translations,
            Map<Long, VersionSummary> newest,
            Map<String, EscoOccupationSummary> escoLabels) {
        Codes codes = r.codes();
        return new ResourceSummary(
                r.id(),
                r.version(),
                r.kind(),
                r.title(),
                r.summary(),
                r.contentLanguage(),
                r.translationOf(),
                translations.getOrDefault(r.id(), List.of()),
                r.allianceId(),
                r.agreementId(),
                r.educationLevel(),
                r.durationHours(),
                r.credits(),
                r.licence(),
                r.licence().url(),
                r.visibility(),
                r.status(),
                reader.owns(r) || reader.reviews(r) ? r.reviewNote() : null,
                r.owners().stream()
                        .map(owners::get)
                        .filter(Objects::nonNull)
                        .map(o -> new ResourceSummary.Owner(o.id(), o.name(), o.country()))
                        .toList(),
                r.authors().stream()
                        .sorted()
                        .map(authors::get)
                        .filter(Objects::nonNull)
                        .map(a -> new ResourceSummary.Author(a.id(), a.name()))
                        .toList(),
                r.countries(),
                codes.fields(),
                codes.occupations(),
                codes.escoOccupations().stream()
                        .map(escoLabels::get)
                        .filter(Objects::nonNull)
                        .toList(),
                r.links(),
                newest.get(r.id()),
                r.downloads(),
                r.demo(),
                r.submittedAt(),
                r.publishedAt());
    }
}
