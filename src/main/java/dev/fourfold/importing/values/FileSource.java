package dev.fourfold.importing.values;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** A file that can be read more than once (an upload kept in a temporary file, or bytes in a test). */
public interface FileSource {

    InputStream open() throws IOException;

    /** The file on disk, when there is one: an .xlsx is then read entry by entry instead of in memory. */
    default @Nullable Path path() {
        return null;
    }

    static FileSource of(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }

    static FileSource of(Path file) {
        return new FileSource() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public Path path() {
                return file;
            }
        };
    }
}
