package org.vocbridge.library.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.library.Licence;
import org.vocbridge.library.RelationType;
import org.vocbridge.library.ResourceKind;
import org.vocbridge.library.ResourceStatus;
import org.vocbridge.library.ResourceSummary;
import org.vocbridge.library.ResourceVisibility;
import org.vocbridge.shared.DataLoads;
import org.vocbridge.shared.security.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Library demo records after the cooperation demo: standards, course standards, courses and a free
 * short-course package (an IMS Common Cartridge written by {@link CommonCartridge}) of the Chongqing
 * colleges and their partners, with translations and the chain from occupational standard to course;
 * Yongchuan's "industry–city–vocational–innovation" model as a good practice; one resource for
 * members only and one waiting for review. The counts (53 standards, 45 course standards, 33
 * courses) are the seed article's and stay in the good practice's text; the records are examples.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "vocbridge.demo-data", havingValue = "true")
@RequiredArgsConstructor
class DemoLibrary implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLibrary.class);
    static final String LOAD_NAME = "library-demo-v1";
    private static final CurrentUser LOADER = new CurrentUser(0L, "demo-data", true);

    private final DataLoads loads;
    private final JsonMapper json;
    private final DirectoryApi directory;
    private final Resources resources;
    private final ResourceFiles files;
    private final ResourceRelations relations;
    private final MessageSource messages;

    record DemoPackage(List<Map<String, String>> units) {}

    record DemoResource(
            String key,
            ResourceKind kind,
            Map<String, String> title,
            Map<String, String> summary,
            String language,
            List<String> owners,
            Set<String> countries,
            Set<String> fields,
            Set<String> occupations,
            String educationLevel,
            Integer durationHours,
            java.math.BigDecimal credits,
            Licence licence,
            ResourceVisibility visibility,
            ResourceStatus status,
            String translationOf,
            List<String> implementing,
            String alliance,
            DemoPackage packageContent,
            List<String> authors) {}

    record DemoData(List<DemoResource> resources) {}

    /** The ids of the authors named, each of whom must be in the directory. */
    private static Set<Long> authors(List<String> names, Map<String, Long> personIds) {
        Set<Long> ids = new HashSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            Long id = personIds.get(name);
            if (id == null) {
                throw new IllegalStateException("Demo library: unknown author " + name);
            }
            ids.add(id);
        }
        return ids;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (loads.runOnce(LOAD_NAME, this::load)) {
            log.info("Loaded the library demo data");
        }
    }

    private void load() {
        DemoData data;
        try (InputStream in = getClass().getResourceAsStream("/demo/library.json")) {
            data = json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> names = new HashSet<>();
        data.resources().forEach(r -> names.addAll(r.owners()));
        Map<String, Long> organizationIds = directory.organizationIdsByName(names);
        Set<String> authorNames = new HashSet<>();
        data.resources().stream().filter(r -> r.authors() != null).forEach(r -> authorNames.addAll(r.authors()));
        Map<String, Long> personIds = directory.personIdsByName(authorNames);
        Map<String, Long> allianceIds = new HashMap<>();
        directory
                .alliances(java.util.Locale.ENGLISH)
                .forEach(a -> a.name().get("en").ifPresent(n -> allianceIds.put(n, a.id())));
        Map<String, Long> ids = new HashMap<>();
        for (DemoResource r : data.resources()) {
            Set<Long> owners = new HashSet<>();
            for (String owner : r.owners()) {
                Long id = organizationIds.get(owner);
                if (id == null) {
                    throw new IllegalStateException("Demo library: unknown organization " + owner);
                }
                owners.add(id);
            }
            ResourceSummary saved = resources.submit(
                    LOADER,
                    new ResourceDraft(
                            r.kind(),
                            r.title(),
                            r.summary(),
                            r.language(),
                            r.translationOf() == null ? null : ids.get(r.translationOf()),
                            r.alliance() == null ? null : allianceIds.get(r.alliance()),
                            null,
                            r.educationLevel(),
                            r.durationHours(),
                            r.credits(),
                            r.licence(),
                            r.visibility(),
                            owners,
                            authors(r.authors(), personIds),
                            r.countries(),
                            r.fields(),
                            r.occupations(),
                            Set.of(),
                            List.of(),
                            null),
                    true);
            ids.put(r.key(), saved.id());
            if (r.packageContent() != null) {
                byte[] cartridge = CommonCartridge.build(
                        "vocbridge-" + r.key(),
                        r.title().get(r.language()),
                        r.language(),
                        r.packageContent().units().stream()
                                .map(u -> u.get(r.language()))
                                .toList());
                files.addVersion(
                        LOADER,
                        saved.id(),
                        r.key() + ".imscc",
                        cartridge,
                        ResourceFiles.PACKAGE,
                        Map.of("en", "First edition"));
            } else {
                // every demo resource has a file to download: its document, marked as demo data
                String language = r.title().containsKey(r.language()) ? r.language() : "en";
                Locale locale = Locale.forLanguageTag(language);
                List<String> paragraphs = new ArrayList<>();
                paragraphs.add(messages.getMessage("demo.resource", null, locale));
                if (r.summary() != null && r.summary().get(language) != null) {
                    paragraphs.add(r.summary().get(language));
                }
                files.addVersion(
                        LOADER,
                        saved.id(),
                        r.key() + ".docx",
                        DemoDocument.docx(r.title().get(language), paragraphs, language),
                        ResourceFiles.DOCX,
                        Map.of("en", "First edition"));
            }
            for (String target : r.implementing() == null ? List.<String>of() : r.implementing()) {
                relations.add(
                        LOADER,
                        saved.id(),
                        new ResourceRelations.RelationDraft(RelationType.IMPLEMENTS, ids.get(target)));
            }
            if (r.status() != ResourceStatus.SUBMITTED) {
                resources.review(LOADER, saved.id(), new Review(Review.Decision.PUBLISH, null));
            }
        }
    }
}
