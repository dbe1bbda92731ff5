package dev.fourfold.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes a table as CSV (UTF-8 with a byte-order mark, so that Excel reads accents right; numbers with a decimal
 * point, as BI tools read them) or as .xlsx (a frozen header, numbers as numbers, each status cell filled with its
 * colour and holding its word). A text that a spreadsheet would take for a formula ({@code = + - @}, tab or return
 * first) is escaped: a leading apostrophe in CSV, Excel's quote prefix in .xlsx.
 */
public final class Spreadsheets {

    private static final Map<String, String> FILLS = Map.of("green", "D1FAE5", "amber", "FEF3C7", "red", "FFE4D5",
            "blue", "DBEAFE", "none", "F3F4F6");

    private Spreadsheets() {
    }

    /** Whether a spreadsheet would read the text as a formula. */
    public static boolean formulaLike(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    public static byte[] csv(List<String> header, List<List<@Nullable Object>> rows) {
        StringWriter out = new StringWriter();
        out.write('\ufeff');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(header);
            for (List<@Nullable Object> row : rows) {
                printer.printRecord(row.stream().map(Spreadsheets::csvCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String csvCell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        String text = value.toString();
        return formulaLike(text) ? "'" + text : text;
    }

    /**
     * An .xlsx of one sheet. {@code status} is the column whose words name a status (its cells get the status's
     * fill); {@code units} gives, per row, the unit shown after the numbers of the {@code unitColumns}.
     */
    public static byte[] xlsx(String sheetName, List<String> header, List<List<@Nullable Object>> rows, int status,
                       List<@Nullable String> units, List<Integer> unitColumns) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetName));
            Styles styles = new Styles(book);
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(styles.header);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<@Nullable Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    write(row.createCell(c), values.get(c), styles, c == status,
                            unitColumns.contains(c) ? units.get(r) : null);
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(rows.size(), 1), 0, header.size() - 1));
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, header.get(c).length() + 4)) * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Cell cell, @Nullable Object value, Styles styles, boolean status, @Nullable String unit) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            cell.setCellStyle(styles.number(unit));
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (status) {
            cell.setCellValue(value.toString());
            cell.setCellStyle(styles.status(value.toString()));
        } else {
            String text = value.toString();
            cell.setCellValue(text);
            if (formulaLike(text)) {
                cell.setCellStyle(styles.quoted);
            }
        }
    }

    /** The workbook's styles, each made once (a workbook holds at most 64,000). */
    private static final class Styles {
        private final XSSFWorkbook book;
        final CellStyle header;
        final CellStyle quoted;
        private final Map<String, CellStyle> numbers = new HashMap<>();
        private final Map<String, CellStyle> statuses = new HashMap<>();

        Styles(XSSFWorkbook book) {
            this.book = book;
            header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            quoted = book.createCellStyle();
            quoted.setQuotePrefixed(true);
        }

        /** The number as Excel shows numbers by default, with the unit after it ({@code 4829.9 kUSD}). */
        CellStyle number(@Nullable String unit) {
            String suffix = unit == null || unit.isBlank() ? "" : " \"" + unit.replace("\"", "").replace("\\", "") + "\"";
            return numbers.computeIfAbsent(suffix, s -> {
                CellStyle style = book.createCellStyle();
                style.setDataFormat(book.createDataFormat().getFormat("General" + s));
                return style;
            });
        }

        CellStyle status(String status) {
            return statuses.computeIfAbsent(status, s -> {
                XSSFCellStyle style = book.createCellStyle();
                style.setFillForegroundColor(new XSSFColor(hex(FILLS.getOrDefault(s, FILLS.get("none"))), null));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return style;
            });
        }

        private static byte[] hex(String rgb) {
            return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
        }
    }
}
