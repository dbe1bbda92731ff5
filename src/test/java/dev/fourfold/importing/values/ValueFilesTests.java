package dev.fourfold.importing.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueFilesTests {

    /** What a file gave: its values and problems, in order. */
    static final class Collected implements ValueSink {
        final List<ValueRow> values = new ArrayList<>();
        final List<RowProblem> problems = new ArrayList<>();
        int empty;

        @Override
        public void value(ValueRow row) {
            values.add(row);
        }

        @Override
        public void problem(RowProblem problem) {
            problems.add(problem);
        }

        @Override
        public void empty(int row) {
            empty++;
        }
    }

    private final Collected got = new Collected();

    private ValueFiles.Read read(String text, Charset charset) throws IOException {
        return ValueFiles.read(FileSource.of(text.getBytes(charset)), got);
    }

    private ValueFiles.Read read(String text) throws IOException {
        return read(text, StandardCharsets.UTF_8);
    }

    @Test
    void readsTheLongLayoutWithCommentsRowByRow() throws IOException {
        ValueFiles.Read read = read("kpi_code,period,value,comment\nREV,2026-03,4829.9,after audit\nNPS,2026-Q1,42,\n");

        assertThat(read).isEqualTo(new ValueFiles.Read(ValueFiles.Format.CSV, "long", "UTF-8", "comma", false, 2));
        assertThat(got.values).extracting(ValueRow::row, ValueRow::column, ValueRow::kpiCode, ValueRow::period,
                ValueRow::value, ValueRow::comment).containsExactly(
                tuple(2, 3, "REV", "2026-03", new BigDecimal("4829.9"), "after audit"),
                tuple(3, 3, "NPS", "2026-Q1", new BigDecimal("42"), null));
        assertThat(got.problems).isEmpty();
    }

    @Test
    void readsSemicolonsAndDecimalCommasInWindows1252AsGermanExcelSavesThem() throws IOException {
        ValueFiles.Read read = read("KPI_Code;Period;Value;Comment\nREV;2026-03;1.234,5;geprüft\nOPEX;2026-03;-0,25;\n",
                Charset.forName("windows-1252"));

        assertThat(read.encoding()).isEqualTo("windows-1252");
        assertThat(read.delimiter()).isEqualTo("semicolon");
        assertThat(read.decimalComma()).isTrue();
        assertThat(got.values).extracting(ValueRow::value, ValueRow::comment)
                .containsExactly(tuple(new BigDecimal("1234.5"), "geprüft"), tuple(new BigDecimal("-0.25"), null));
    }

    @Test
    void skipsTheByteOrderMarkOfUtf8() throws IOException {
        byte[] body = "kpi_code\tperiod\tvalue\nREV\t2026-03\t12.5\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[body.length + 3];
        file[0] = (byte) 0xef;
        file[1] = (byte) 0xbb;
        file[2] = (byte) 0xbf;
        System.arraycopy(body, 0, file, 3, body.length);

        ValueFiles.Read read = ValueFiles.read(FileSource.of(file), got);

        assertThat(read.delimiter()).isEqualTo("tab");
        assertThat(read.decimalComma()).isFalse();
        assertThat(got.values).extracting(ValueRow::kpiCode, ValueRow::value).containsExactly(tuple("REV", new BigDecimal("12.5")));
    }

    @Test
    void readsTheWideLayoutLeavingEmptyCellsAndTheNameColumnOut() throws IOException {
        ValueFiles.Read read = read("kpi_code,kpi_name,2026-01,2026-02,2026-03\nREV,Revenue,10,,12\nOPEX,Cost,,,\n");

        assertThat(read.layout()).isEqualTo("wide");
        assertThat(got.values).extracting(ValueRow::row, ValueRow::column, ValueRow::kpiCode, ValueRow::period)
                .containsExactly(tuple(2, 3, "REV", "2026-01"), tuple(2, 5, "REV", "2026-03"));
        assertThat(got.empty).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "NaN|'NaN' is not a number as this file writes them",
        "Infinity|'Infinity' is not a number",
        "-Infinity|'-Infinity' is not a number",
        "1e400|is too large: at most 26 digits before the decimal point",
        "1e999999999|is too large",
        "1e-400|is too small",
        "=1+2|'=1+2' is not a number",
        "12 %|'12%' is not a number",
        "1,5|'1,5' is not a number as this file writes them: decimal point",
        "0x1F|'0x1F' is not a number",
        "1.0000000000001|has too many decimal places: at most 12"})
    void refusesWhatIsNoStorableNumberNamingRowAndColumn(String value, String expected) throws IOException {
        read("kpi_code,period,value\nREV,2026-03,\"" + value + "\"\n");

        assertThat(got.values).isEmpty();
        assertThat(got.problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("row 2, column C (value)");
            assertThat(p.message()).contains(expected);
        });
    }

    @Test
    void refusesARowWithMoreCellsThanTheHeaderAndReadsTheOthers() throws IOException {
        read("kpi_code,period,value\nREV,2026-03,1,234.5\nREV,2026-04,7\n");

        assertThat(got.problems).extracting(RowProblem::location).containsExactly("row 2");
        assertThat(got.problems.get(0).message()).contains("has 4 cells, the header has 3");
        assertThat(got.values).extracting(ValueRow::period).containsExactly("2026-04");
    }

    @Test
    void namesAPeriodThatIsNoneAndAnEmptyCode() throws IOException {
        read("kpi_code,period,value\nREV,March,1\n,2026-03,2\nREV,,3\n");

        assertThat(got.problems).extracting(RowProblem::location, RowProblem::message).containsExactly(
                tuple("row 2, column B (period)", "'March' is not a period; expected a year (2026), a quarter (2026-Q3), "
                        + "a month (2026-07), a week (2026-W11) or a day (2026-03-15)"),
                tuple("row 3, column A (kpi_code)", "is empty: give the KPI's code"),
                tuple("row 4, column B (period)", "is empty: give the period, such as 2026-03"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "period,value|has no kpi_code column",
        "kpi_code,period|has no value column",
        "kpi_code,value,value|'value' appears twice in the header",
        "kpi_code,period,value,amount|'amount' is not a column of the long layout",
        "kpi_code,2026-01,Total|'Total' is not a period"})
    void refusesAHeaderItCannotReadAndReadsNoRow(String header, String expected) throws IOException {
        read(header + "\nREV,2026-03,1\n");

        assertThat(got.values).isEmpty();
        assertThat(got.problems).singleElement().extracting(RowProblem::message).asString().contains(expected);
    }

    @Test
    void saysAnEmptyFileIsEmpty() throws IOException {
        ValueFiles.read(FileSource.of(new byte[0]), got);

        assertThat(got.problems).extracting(RowProblem::location, RowProblem::message)
                .containsExactly(tuple("file", "the file is empty: give a header row and rows of values"));
    }

    @Test
    void refusesALineLongerThanAMillionCharacters() throws IOException {
        read("kpi_code,period,value,comment\nREV,2026-03,1,\"" + "x".repeat(CsvTable.MAX_LINE + 10) + "\"\n");

        assertThat(got.values).isEmpty();
        assertThat(got.problems).extracting(RowProblem::message)
                .containsExactly("a line is longer than 1,000,000 characters: this is no table of values");
    }

    @Test
    void readsAnXlsxSheetWithNumbersAsStoredAndDatesInPeriodCells() throws IOException {
        byte[] workbook = xlsx(sheet -> {
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("kpi_code");
            header.createCell(1).setCellValue("period");
            header.createCell(2).setCellValue("value");
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("REV");
            first.createCell(1).setCellValue(LocalDate.of(2026, 3, 1));
            first.getCell(1).setCellStyle(dateStyle(sheet, "mmm-yy"));
            first.createCell(2).setCellValue(1234.5);
            first.getCell(2).setCellStyle(dateStyle(sheet, "#,##0"));
            Row second = sheet.createRow(3);
            second.createCell(0).setCellValue("NPS");
            second.createCell(1).setCellValue("2026-Q1");
            second.createCell(2).setCellFormula("40+2"); // a formula gives the result Excel stored with it
            sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(second.getCell(2));
        });

        ValueFiles.Read read = ValueFiles.read(FileSource.of(workbook), got);

        assertThat(read.format()).isEqualTo(ValueFiles.Format.XLSX);
        assertThat(got.problems).isEmpty();
        assertThat(got.values).extracting(ValueRow::row, ValueRow::kpiCode, ValueRow::period, ValueRow::value,
                ValueRow::dated).containsExactly(tuple(2, "REV", "2026-03-01", new BigDecimal("1234.5"), true),
                tuple(4, "NPS", "2026-Q1", new BigDecimal("42"), false));
    }

    @Test
    void saysATruncatedWorkbookCannotBeRead() throws IOException {
        byte[] workbook = xlsx(sheet -> sheet.createRow(0).createCell(0).setCellValue("kpi_code"));

        ValueFiles.read(FileSource.of(Arrays.copyOf(workbook, workbook.length / 2)), got);

        assertThat(got.problems).singleElement().extracting(RowProblem::message).asString()
                .startsWith("the file is not a readable .xlsx workbook");
    }

    @Test
    void asksForAnXlsxWithoutPasswordForAnEncryptedOrOldWorkbook() throws IOException {
        byte[] ole2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1, 0, 0};

        ValueFiles.read(FileSource.of(ole2), got);

        assertThat(got.problems).singleElement().extracting(RowProblem::message).asString()
                .contains("protected by a password or an old .xls");
    }

    private static CellStyle dateStyle(Sheet sheet, String format) {
        CellStyle style = sheet.getWorkbook().createCellStyle();
        style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(format));
        return style;
    }

    private static byte[] xlsx(java.util.function.Consumer<Sheet> fill) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet("Values"));
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
