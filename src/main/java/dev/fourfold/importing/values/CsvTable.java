package dev.fourfold.importing.values;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as rows of text. The encoding is UTF-8 (with or without a byte-order mark) when the whole file is
 * valid UTF-8, else Windows-1252 (what Excel saves as "CSV" on Western Windows). The delimiter is the one of
 * {@code , ; TAB |} the header line uses most; the number convention is decided by {@link #decimalComma}.
 */
final class CsvTable {

    static final Charset CP1252 = Charset.forName("windows-1252");
    /** The longest line read; a longer one is refused rather than held in memory. */
    static final int MAX_LINE = 1_000_000;
    private static final int SAMPLE = 64 * 1024;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    /** How the file is written, as detected. */
    record Shape(Charset charset, boolean bom, char delimiter, boolean decimalComma) {
    }

    private CsvTable() {
    }

    static Shape shape(FileSource source) throws IOException {
        boolean bom;
        boolean utf8;
        try (InputStream in = source.open()) {
            byte[] head = in.readNBytes(3);
            bom = head.length == 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf;
        }
        try (InputStream in = source.open()) {
            utf8 = bom || isUtf8(in);
        }
        Charset charset = utf8 ? StandardCharsets.UTF_8 : CP1252;
        String sample;
        try (Reader reader = reader(source, charset, bom)) {
            char[] buffer = new char[SAMPLE];
            int n = reader.read(buffer);
            sample = n <= 0 ? "" : new String(buffer, 0, n);
        }
        char delimiter = delimiter(firstLine(sample));
        return new Shape(charset, bom, delimiter, decimalComma(sample, delimiter));
    }

    /** Reads the rows of the file as its shape says; a row number is the record's number (the header is 1). */
    static void read(FileSource source, Shape shape, TableRows rows) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(shape.delimiter()).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false).get();
        try (Reader reader = new LineLimit(reader(source, shape.charset(), shape.bom()));
             CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                rows.row((int) record.getRecordNumber(), record.toList(), TableRows.Dated.NONE);
            }
        } catch (java.io.UncheckedIOException e) {
            rows.unreadable(e.getCause() instanceof LineTooLong ? e.getCause().getMessage()
                    : "the file could not be read as CSV: " + DecimalText.shown(String.valueOf(e.getCause().getMessage())));
        } catch (LineTooLong e) {
            rows.unreadable(e.getMessage());
        }
    }

    private static Reader reader(FileSource source, Charset charset, boolean bom) throws IOException {
        InputStream in = source.open();
        if (bom) {
            in.skipNBytes(3);
        }
        return new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 65_536);
    }

    /** Whether the whole stream is valid UTF-8 (read once, in chunks). */
    static boolean isUtf8(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(65_536);
        CharBuffer chars = CharBuffer.allocate(65_536);
        byte[] chunk = new byte[32_768];
        int n;
        while ((n = in.read(chunk)) > 0) {
            bytes.put(chunk, 0, n).flip();
            if (decoder.decode(bytes, chars, false).isError()) {
                return false;
            }
            chars.clear();
            bytes.compact();
        }
        bytes.flip();
        try {
            return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError()
                    && !bytes.hasRemaining();
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static String firstLine(String sample) {
        int end = sample.indexOf('\n');
        return end < 0 ? sample : sample.substring(0, end);
    }

    /** The candidate the header uses most outside quotes; a comma for a single column. */
    static char delimiter(String header) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            for (int i = 0; i < DELIMITERS.length && !quoted; i++) {
                if (c == DELIMITERS[i]) {
                    counts[i]++;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return DELIMITERS[best];
    }

    /**
     * A comma-separated file writes decimal points. Otherwise the numbers of the sample decide: a decimal comma when
     * more numbers have one ({@code 12,5}) than a decimal point ({@code 12.5}); a semicolon file without either (whole
     * numbers only) is read with a decimal comma, as the spreadsheets that write semicolons do.
     */
    static boolean decimalComma(String sample, char delimiter) {
        if (delimiter == ',') {
            return false;
        }
        int comma = 0;
        int point = 0;
        List<String> lines = new ArrayList<>(List.of(sample.split("\n", 202)));
        for (String line : lines.subList(Math.min(1, lines.size()), Math.min(lines.size(), 201))) {
            for (String cell : line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1)) {
                String c = cell.strip().replace("\"", "");
                if (c.matches("[-+]?[\\d.]*\\d,\\d+")) {
                    comma++;
                } else if (c.matches("[-+]?[\\d,]*\\d\\.\\d+")) {
                    point++;
                }
            }
        }
        return comma > point || (comma == point && delimiter == ';');
    }

    /** Refuses a line longer than {@link #MAX_LINE} characters instead of holding it in memory. */
    private static final class LineLimit extends FilterReader {
        private int sinceNewline;

        LineLimit(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                count(buffer[offset + i]);
            }
            return n;
        }

        private void count(int c) throws LineTooLong {
            sinceNewline = c == '\n' ? 0 : sinceNewline + 1;
            if (sinceNewline > MAX_LINE) {
                throw new LineTooLong();
            }
        }
    }

    private static final class LineTooLong extends IOException {
        LineTooLong() {
            super("a line is longer than " + String.format(java.util.Locale.ROOT, "%,d", MAX_LINE) + " characters: this is no table of values");
        }
    }
}
