package dev.fourfold.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetsTests {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"})
    void escapesATextASpreadsheetWouldTakeForAFormula(String text) throws IOException {
        String csv = new String(Spreadsheets.csv(List.of("name"), List.of(Arrays.asList(text))),
                StandardCharsets.UTF_8);
        byte[] xlsx = Spreadsheets.xlsx("s", List.of("name"), List.of(Arrays.asList(text)), -1,
                Arrays.asList((String) null), List.of());

        assertThat(csv).contains("'" + text.charAt(0));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var cell = book.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getStringCellValue()).isEqualTo(text);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.25", "1234.5", "0.000000000001"})
    void writesNumbersExactlyAsPlainDecimals(String number) {
        String csv = new String(Spreadsheets.csv(List.of("n"), List.of(Arrays.asList(new BigDecimal(number)))),
                StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\ufeffn\r\n" + number + "\r\n");
    }
}
