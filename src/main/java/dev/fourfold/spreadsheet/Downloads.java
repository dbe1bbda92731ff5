package dev.fourfold.spreadsheet;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A spreadsheet file as a download: its type, and its name in {@code Content-Disposition}. */
public final class Downloads {

    /** The media type of an .xlsx workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The media type of a CSV file written by {@link Spreadsheets#csv}. */
    public static final MediaType CSV_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Downloads() {
    }

    /** The file as an attachment, {@code .xlsx} or CSV. */
    public static ResponseEntity<byte[]> of(String fileName, boolean xlsx, byte[] bytes) {
        return of(fileName, xlsx ? MediaType.parseMediaType(XLSX) : CSV_TYPE, bytes);
    }

    /** Any file as an attachment of the given type. */
    public static ResponseEntity<byte[]> of(String fileName, MediaType type, byte[] bytes) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString()).body(bytes);
    }
}
