package org.vocbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.docs.Documenter;

/** The modules only use each other through their public API, as each declares; docs/modules shows them as they are. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(VocBridgeApplication.class);

    /** Where the module documentation is kept, and where this test writes it afresh. */
    static final Path KEPT = Path.of("docs/modules");

    static final Path WRITTEN = Path.of("target/modulith-docs");

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * The diagrams and module canvases in docs/modules are those of the code: after a change to a
     * module's API or dependencies, copy target/modulith-docs over docs/modules (the README says how).
     */
    @Test
    void theModuleDocumentationInDocsIsCurrent() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(WRITTEN.toString()))
                .writeDocumentation();
        Files.writeString(WRITTEN.resolve("modules.md"), dependencyGraph());
        assertThat(files(KEPT))
                .as("docs/modules is what the Documenter writes now: cp target/modulith-docs/* docs/modules/")
                .isEqualTo(files(WRITTEN));
    }

    /**
     * The modules and what each uses of the others, as a Mermaid graph (GitHub draws it): a facade or
     * published type ("uses"), or an event it listens to ("listens"). Shared, which every module
     * uses, is left out.
     */
    static String dependencyGraph() {
        StringBuilder graph = new StringBuilder(
                "# VocBridge modules\n\nWritten by `ModularityTests`: what each module uses of the others"
                        + " (`shared`, used by all, is left out). Module canvases: `module-*.adoc`; diagrams: `*.puml`.\n\n```mermaid\nflowchart LR\n");
        for (ApplicationModule module : MODULES.stream()
                .sorted(Comparator.comparing(m -> m.getIdentifier().toString()))
                .toList()) {
            String from = module.getIdentifier().toString();
            if (from.equals("shared")) {
                continue;
            }
            Map<String, Set<String>> edges = new TreeMap<>();
            module.getDirectDependencies(MODULES).stream()
                    .filter(d -> !d.getTargetModule().getIdentifier().toString().equals("shared"))
                    .forEach(d -> edges.computeIfAbsent(
                                    d.getTargetModule().getIdentifier().toString(), k -> new TreeSet<>())
                            .add(d.getDependencyType() == DependencyType.EVENT_LISTENER ? "listens" : "uses"));
            edges.forEach((to, kinds) -> graph.append("    ")
                    .append(from)
                    .append(" -- ")
                    .append(String.join(", ", kinds))
                    .append(" --> ")
                    .append(to)
                    .append('\n'));
        }
        return graph.append("```\n").toString();
    }

    static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> paths = Files.list(folder)) {
                for (Path p : paths.toList()) {
                    // the Documenter writes a diagram's relations in no fixed order: compare the lines as a set
                    files.put(p.getFileName().toString(), String.join("\n", new TreeSet<>(Files.readAllLines(p))));
                }
            }
        }
        return files;
    }
}
