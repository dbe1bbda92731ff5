package dev.fourfold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

/**
 * Keeps the module diagram in {@code docs/modules/modules.puml} (C4 PlantUML, linked from the README) in step with
 * the code: Spring Modulith draws it into {@code target/}, its lines are put in a stable order, and the committed copy is rewritten only when the
 * drawing changed, so a change to the module graph shows up as a diff of that file.
 */
class ModuleDiagramTests {

    private static final Path GENERATED = Path.of("target", "module-docs");
    private static final Path COMMITTED = Path.of("docs", "modules", "modules.puml");

    @Test
    void drawsEveryModuleIntoTheCommittedDiagram() throws IOException {
        ApplicationModules modules = ApplicationModules.of(FourfoldApplication.class);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml(DiagramOptions.defaults());
        String diagram = inStableOrder(Files.readString(GENERATED.resolve("components.puml"), StandardCharsets.UTF_8));

        assertThat(modules.stream()).allSatisfy(module -> assertThat(diagram).contains(module.getDisplayName()));
        if (!Files.exists(COMMITTED) || !Files.readString(COMMITTED, StandardCharsets.UTF_8).equals(diagram)) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, diagram, StandardCharsets.UTF_8);
        }
        assertThat(COMMITTED).content(StandardCharsets.UTF_8).isEqualTo(diagram);
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
