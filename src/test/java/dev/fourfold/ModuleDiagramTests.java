package dev.fourfold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

/**
 * Keeps the module diagrams in step with the code: the C4 PlantUML drawing that Spring Modulith's {@code Documenter}
 * writes ({@code docs/modules/modules.puml}, lines in a stable order) and the Mermaid graph of the same modules that
 * the README shows between its {@code modules:start} and {@code modules:end} markers. When the module graph changes,
 * the test rewrites both files and fails once, so the new drawing is committed and shows up as a diff to review.
 */
class ModuleDiagramTests {

    private static final Path GENERATED = Path.of("target", "module-docs");
    private static final Path COMMITTED = Path.of("docs", "modules", "modules.puml");
    private static final Path README = Path.of("README.md");
    private static final String START = "<!-- modules:start (drawn by ModuleDiagramTests) -->";
    private static final String END = "<!-- modules:end -->";

    private final ApplicationModules modules = ApplicationModules.of(FourfoldApplication.class);

    @Test
    void drawsEveryModuleIntoTheCommittedDiagram() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml(DiagramOptions.defaults());
        String diagram = inStableOrder(Files.readString(GENERATED.resolve("components.puml"), StandardCharsets.UTF_8));

        assertThat(modules.stream()).allSatisfy(module -> assertThat(diagram).contains(module.getDisplayName()));
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (!committed.equals(diagram)) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, diagram, StandardCharsets.UTF_8);
        }
        assertThat(committed).as("%s was out of date and has been redrawn: commit it", COMMITTED).isEqualTo(diagram);
    }

    @Test
    void showsTheModuleGraphInTheReadme() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("README has the %s marker", START).isNotNegative();
        assertThat(end).as("README has the %s marker after the start marker", END).isGreaterThan(start);
        String drawn = START + "\n" + mermaid(modules) + END;
        String updated = readme.substring(0, start) + drawn + readme.substring(end + END.length());
        if (!updated.equals(readme)) {
            Files.writeString(README, updated, StandardCharsets.UTF_8);
        }
        assertThat(readme).as("the README's module graph was out of date and has been redrawn: commit it")
                .isEqualTo(updated);
    }

    /**
     * A Mermaid flowchart of the modules and their direct dependencies, in a stable order. Every module may use
     * {@code shared}; those arrows are left out so the graph stays readable.
     */
    static String mermaid(ApplicationModules modules) {
        List<String> lines = new ArrayList<>();
        modules.stream().sorted(Comparator.comparing(ApplicationModule::getIdentifier)).forEach(module -> {
            List<String> targets = module.getDirectDependencies(modules).uniqueModules()
                    .map(ApplicationModule::getIdentifier).map(Object::toString)
                    .filter(name -> !name.equals("shared")).sorted().distinct().toList();
            targets.forEach(target -> lines.add("    " + module.getIdentifier() + " --> " + target));
        });
        return "```mermaid\nflowchart LR\n" + String.join("\n", lines) + "\n```\n";
    }

    /**
     * Sorts each run of element or relation lines, whose order follows the order classes were read in, so the
     * same module graph always gives the same file.
     */
    static String inStableOrder(String plantUml) {
        List<String> lines = new ArrayList<>(plantUml.lines().toList());
        int start = 0;
        while (start < lines.size()) {
            String kind = kind(lines.get(start));
            int end = start + 1;
            while (end < lines.size() && !kind.isEmpty() && kind.equals(kind(lines.get(end)))) {
                end++;
            }
            Collections.sort(lines.subList(start, end));
            start = end;
        }
        return String.join("\n", lines) + "\n";
    }

    private static String kind(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Component(") ? "Component" : trimmed.startsWith("Rel(") ? "Rel" : "";
    }
}
