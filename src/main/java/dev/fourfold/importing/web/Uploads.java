package dev.fourfold.importing.web;

import dev.fourfold.importing.values.FileSource;
import dev.fourfold.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file on its way to an import, as a temporary file on disk that is read as a stream (twice: kept, then
 * read) and deleted after the request: a large upload never sits in memory. The request's size is bounded before
 * (`fourfold.limits.values-body`).
 */
final class Uploads {

    private Uploads() {
    }

    /** A multipart file, which the servlet container keeps on disk already. */
    static <T> T withFile(MultipartFile file, Function<FileSource, T> use) {
        Path temp = temp();
        try {
            file.transferTo(temp);
        } catch (IOException e) {
            delete(temp);
            throw new InvalidInputException("file", "could not be read: " + e.getMessage());
        }
        return use(temp, use);
    }

    /** A request's body, copied to disk as it arrives. */
    static <T> T withFile(InputStream body, Function<FileSource, T> use) {
        Path temp = temp();
        try {
            Files.copy(body, temp, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            delete(temp);
            throw new InvalidInputException("body", "could not be read: " + e.getMessage());
        }
        return use(temp, use);
    }

    private static <T> T use(Path temp, Function<FileSource, T> use) {
        try {
            return use.apply(FileSource.of(temp));
        } finally {
            delete(temp);
        }
    }

    private static Path temp() {
        try {
            return Files.createTempFile("fourfold-upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            temp.toFile().deleteOnExit();
        }
    }
}
