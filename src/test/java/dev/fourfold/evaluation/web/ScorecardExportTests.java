package dev.fourfold.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.fourfold.support.TestClock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard's exports of the demo company: the same numbers as the page, as CSV, .xlsx and JSON. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class ScorecardExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private long group() {
        return jdbc.sql("select id from scorecard where name = 'Group scorecard'").query(Long.class).single();
    }

    private MockHttpServletResponse export(String format, String user) throws Exception {
        return mvc.perform(get("/scorecards/" + group() + "/export").param("format", format).param("period", "2026-10")
                .with(user(user))).andReturn().getResponse();
    }

    @Test
    void writesACsvRowPerKpiWithExactNumbersForBiTools() throws Exception {
        MockHttpServletResponse csv = export("csv", "viewer");

        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("scorecard-" + group() + "-2026-10-period.csv");
        String[] lines = csv.getContentAsString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("\ufeffscorecard,period,view,perspective,objective_code,objective,kpi_code,kpi,"
                + "unit,actual,target,score,status,completeness,trend,pending,budget,stretch,prior_year");
        var tree = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(export("json", "viewer").getContentAsString(StandardCharsets.UTF_8));
        int kpis = 0;
        for (var p : tree.get("perspectives")) {
            for (var o : p.get("objectives")) {
                kpis += o.get("kpis").size();
            }
        }
        assertThat(kpis).isPositive();
        assertThat(lines).hasSize(kpis + 1);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Group scorecard,2026-10,period,Financial,"));
    }

    @Test
    void writesAnXlsxWithAFrozenHeaderNumbersAsNumbersAndStatusFills() throws Exception {
        MockHttpServletResponse xlsx = export("xlsx", "viewer");

        assertThat(xlsx.getContentType()).isEqualTo(ScorecardExportController.XLSX.toString());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("actual");
            XSSFRow first = sheet.getRow(1);
            assertThat(first.getCell(11).getCellType()).as("score").isEqualTo(CellType.NUMERIC);
            XSSFCellStyle status = first.getCell(12).getCellStyle();
            assertThat(status.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(first.getCell(12).getStringCellValue()).isIn("green", "amber", "red", "blue", "none");
            if (first.getCell(8) != null && !first.getCell(8).getStringCellValue().isBlank()) {
                assertThat(first.getCell(9).getCellStyle().getDataFormatString())
                        .endsWith("\"" + first.getCell(8).getStringCellValue() + "\"");
            }
        }
    }

    @Test
    void givesTheApisJsonTreeAsAFile() throws Exception {
        MockHttpServletResponse json = export("json", "viewer");

        assertThat(json.getContentType()).startsWith("application/json");
        assertThat(json.getContentAsString(StandardCharsets.UTF_8)).contains("\"perspectives\"", "\"period\":\"2026-10\"");
    }

    @Test
    void writesAKpisWholeHistoryNewestFirstWithWhoEnteredEachValue() throws Exception {
        long revenue = jdbc.sql("select id from kpi where code = 'REV'").query(Long.class).single();
        long stored = jdbc.sql("select count(distinct period) from actual_value where kpi_id = " + revenue)
                .query(Long.class).single();

        MockHttpServletResponse csv = mvc.perform(get("/kpis/" + revenue + "/export").param("format", "csv")
                .with(user("viewer"))).andReturn().getResponse();
        MockHttpServletResponse xlsx = mvc.perform(get("/kpis/" + revenue + "/export").param("format", "xlsx")
                .with(user("viewer"))).andReturn().getResponse();

        String[] lines = csv.getContentAsString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("\ufeffkpi_code,kpi,unit,period,actual,target,score,status,completeness,budget,"
                + "stretch,prior_year,state,entered_by,entered_at,source,comment");
        assertThat(lines.length - 1).isGreaterThanOrEqualTo((int) stored);
        assertThat(lines[1].compareTo(lines[2])).as("newest first").isGreaterThan(0);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("REV,Revenue,kUSD,").contains(",approved,"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(lines.length - 1);
        }
    }

    @Test
    void refusesAFormatItDoesNotWriteAndAnswersAnUnreadableScorecardAsMissing() throws Exception {
        assertThat(export("pdf", "viewer").getStatus()).isEqualTo(400);
        long services = jdbc.sql("select id from scorecard where name = 'Services scorecard'").query(Long.class).single();
        int unreadable = mvc.perform(get("/scorecards/" + services + "/export").with(user("nobody")))
                .andReturn().getResponse().getStatus();
        assertThat(unreadable).isEqualTo(404);
    }
}
