package dev.fourfold.importing.values;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An uploaded file as it is kept between preview and commit: compressed with gzip (a CSV file of values shrinks to
 * a fifth or less), with the SHA-256 of what was uploaded. Works from and to files on disk, so that neither a large
 * upload nor its kept copy ever sits in memory.
 *
 * @param gzip the compressed copy, a temporary file the caller deletes
 */
record KeptFile(Path gzip, long size, String sha256) {

    /** Compresses the upload into a temporary file, hashing it on the way. */
    static KeptFile of(FileSource upload) {
        try {
            Path gzip = Files.createTempFile("fourfold-import-", ".gz");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(upload.open(), sha);
                 OutputStream out = new FastGzip(Files.newOutputStream(gzip))) {
                in.transferTo(out);
            }
            return new KeptFile(gzip, Files.size(gzip), HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a kept file back as uploaded into a new temporary file; {@code gzip} says whether it was compressed. */
    static Path restore(InputStream kept, boolean gzip) throws IOException {
        Path file = Files.createTempFile("fourfold-import-", ".upload");
        try (InputStream in = gzip ? new GZIPInputStream(kept, 1 << 16) : kept) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    void delete() {
        try {
            Files.deleteIfExists(gzip);
        } catch (IOException e) {
            gzip.toFile().deleteOnExit();
        }
    }

    /** gzip at its fastest level: the copy is kept for minutes, and the upload's time matters more. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
