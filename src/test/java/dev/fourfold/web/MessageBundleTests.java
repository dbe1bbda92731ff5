package dev.fourfold.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message bundle says the same things in English and in German: no page falls back to the other language. */
class MessageBundleTests {

    private static final Path I18N = Path.of("src/main/resources/i18n");

    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void hasTheSameKeysInEnglishAndGerman(String bundle) throws IOException {
        Properties english = read(bundle + ".properties");
        Properties german = read(bundle + "_de.properties");

        assertThat(german.stringPropertyNames()).as("keys of %s_de", bundle)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void leavesNoMessageEmpty(String bundle) throws IOException {
        for (String name : new String[] {bundle + ".properties", bundle + "_de.properties"}) {
            Properties messages = read(name);
            assertThat(messages.stringPropertyNames()).as(name).allSatisfy(k -> assertThat(messages.getProperty(k)).as(k).isNotBlank());
        }
    }

    private static Properties read(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(I18N.resolve(name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
