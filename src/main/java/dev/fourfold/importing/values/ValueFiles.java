package dev.fourfold.importing.values;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file of actual values or targets: CSV or Excel {@code .xlsx}, told apart by their first bytes (not by the
 * name a browser sends), in the long or the wide layout. Every value goes to the sink with its row and column, every
 * problem with where it is and what was expected; nothing is resolved against the scorecards here.
 */
public final class ValueFiles {

    public enum Format { CSV, XLSX }

    /**
     * How the file was read.
     *
     * @param layout       {@code long} or {@code wide}; null when the header could not be read
     * @param encoding     a CSV file's character set ({@code UTF-8}, {@code windows-1252}); null for .xlsx
     * @param delimiter    a CSV file's delimiter; null for .xlsx
     * @param decimalComma whether a CSV file writes decimal commas
     * @param rows         the data rows read (not counting the header and empty rows)
     */
    public record Read(Format format, @Nullable String layout, @Nullable String encoding, @Nullable String delimiter,
                       boolean decimalComma, int rows) {
    }

    private ValueFiles() {
    }

    public static Read read(FileSource source, ValueSink sink) throws IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(8);
        }
        if (head.length == 0) {
            sink.problem(new RowProblem(0, 0, "", "the file is empty: give a header row and rows of values"));
            return new Read(Format.CSV, null, null, null, false, 0);
        }
        if (isOle2(head)) {
            sink.problem(new RowProblem(0, 0, "", "the file is an Excel file protected by a password or an old .xls "
                    + "workbook: save it as .xlsx without a password, or as CSV"));
            return new Read(Format.XLSX, null, null, null, false, 0);
        }
        if (isZip(head)) {
            ValueLayout layout = new ValueLayout(sink, new DecimalText(false));
            XlsxTable.read(source, layout);
            layout.finish();
            return new Read(Format.XLSX, kind(layout), null, null, false, layout.dataRows());
        }
        CsvTable.Shape shape = CsvTable.shape(source);
        ValueLayout layout = new ValueLayout(sink, new DecimalText(shape.decimalComma()));
        CsvTable.read(source, shape, layout);
        layout.finish();
        return new Read(Format.CSV, kind(layout), shape.charset().name(), delimiterName(shape.delimiter()),
                shape.decimalComma(), layout.dataRows());
    }

    private static @Nullable String kind(ValueLayout layout) {
        return layout.kind() == null ? null : layout.kind().name().toLowerCase(Locale.ROOT);
    }

    private static String delimiterName(char delimiter) {
        return switch (delimiter) {
            case '\t' -> "tab";
            case ';' -> "semicolon";
            case '|' -> "pipe";
            default -> "comma";
        };
    }

    private static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static boolean isOle2(byte[] head) {
        return head.length >= 8 && (head[0] & 0xff) == 0xd0 && (head[1] & 0xff) == 0xcf && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xe0;
    }
}
