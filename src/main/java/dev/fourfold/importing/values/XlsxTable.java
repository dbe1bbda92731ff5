package dev.fourfold.importing.values;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an .xlsx workbook as rows of text, read as a stream of XML events (POI's event API), so a
 * sheet of a million rows never sits in memory. A number is given as the value Excel stores (to its 15 significant
 * digits), not as its display format; a cell formatted as a date is given as its day and marked as dated; a
 * formula gives its last computed result. POI's zip checks refuse inflation bombs.
 */
final class XlsxTable {

    /** Marks a formatted cell that holds a date; never part of a spreadsheet's text. */
    private static final char DATE = '\uE000';
    /** Excel keeps 15 significant digits of a number. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private XlsxTable() {
    }

    static void read(FileSource source, TableRows rows) throws IOException {
        Path file = source.path();
        Path copy = null;
        try {
            if (file == null) {
                copy = Files.createTempFile("fourfold-values", ".xlsx");
                try (InputStream in = source.open()) {
                    Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                file = copy;
            }
            readSheet(file, rows);
        } finally {
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
        }
    }

    private static void readSheet(Path file, TableRows rows) {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                rows.unreadable("the workbook has no sheet");
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(workbook), new Cells(rows), new ExactFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Exception e) {
            rows.unreadable("the file is not a readable .xlsx workbook (" + DecimalText.shown(
                    String.valueOf(e.getMessage())) + "): open it in a spreadsheet and save it again as .xlsx or CSV");
        }
    }

    /** Collects a row's cells by column (a sparse row leaves empty cells out) and hands the row on. */
    private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final TableRows rows;
        private final List<String> cells = new ArrayList<>();
        private final BitSet dates = new BitSet();
        private int next;

        Cells(TableRows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            dates.clear();
            next = 0;
        }

        @Override
        public void endRow(int rowNum) {
            BitSet dated = (BitSet) dates.clone();
            rows.row(rowNum + 1, List.copyOf(cells), dated::get);
        }

        @Override
        public void cell(String reference, String formatted, XSSFComment comment) {
            int column = reference == null ? next : new CellReference(reference).getCol();
            if (column > ValueLayout.MAX_COLUMNS) {
                return; // far beyond any header a table of values has; the row's other cells are read
            }
            while (cells.size() < column) {
                cells.add("");
            }
            String text = formatted == null ? "" : formatted;
            if (!text.isEmpty() && text.charAt(0) == DATE) {
                dates.set(column);
                text = text.substring(1);
            }
            cells.add(text);
            next = column + 1;
        }
    }

    /** Writes a number as stored and a date as its day, whatever the cell's display format. */
    private static final class ExactFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate day = DateUtil.getLocalDateTime(value, use1904).toLocalDate();
                return DATE + day.toString();
            }
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return String.valueOf(value);
            }
            return new BigDecimal(value).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
        }
    }
}
