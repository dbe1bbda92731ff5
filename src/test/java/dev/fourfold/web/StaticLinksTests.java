package dev.fourfold.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which links of a page go through the static-resource lookup: links to static files, and no others. */
class StaticLinksTests {

    @Test
    void sendsLinksToWebJarsStylesScriptsAndIconsToTheResourceLookup() {
        assertThat(List.of("/webjars/bootstrap/dist/css/bootstrap.min.css", "/css/fourfold.css", "/js/fourfold.js",
                "/favicon.svg", "/ctx/css/fourfold.css?v=1").stream()
                .filter(url -> StaticLinks.isStatic(url.startsWith("/ctx") ? "/ctx" : "", url)))
                .hasSize(5);
    }

    @Test
    void leavesLinksToPagesAndTheApiAlone() {
        assertThat(Stream.of("/scorecards/5", "/scorecards/5/kpis/17?period=2026-10", "/audit?scorecardId=5", "/",
                "/cssx", "/api/v1/scorecards").filter(url -> StaticLinks.isStatic("", url))).isEmpty();
        assertThat(StaticLinks.isStatic("/ctx", "/css/fourfold.css")).isFalse();
    }

    @Test
    void coversEveryTopLevelEntryOfTheStaticFolder() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of("src/main/resources/static"))) {
            assertThat(entries.map(p -> "/" + p.getFileName() + (Files.isDirectory(p) ? "/" : "")))
                    .allSatisfy(link -> assertThat(StaticLinks.isStatic("", link)).as(link).isTrue());
        }
    }
}
