package dev.fourfold.importing.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.fourfold.support.TestClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Templates of the demo's Services scorecard on the test day (15 November 2026): they read back as files of values. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class ValueTemplatesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletResponse template(String format, String layout, String user) throws Exception {
        long services = jdbc.sql("select id from scorecard where name = 'Services scorecard'").query(Long.class).single();
        return mvc.perform(get("/scorecards/" + services + "/template").param("format", format).param("layout", layout)
                .with(user(user))).andReturn().getResponse();
    }

    @ParameterizedTest
    @CsvSource({"csv,long", "csv,wide", "xlsx,long", "xlsx,wide"})
    void givesTheOpenPeriodsOfTheEnteredKpisAsAFileThatReadsBackEmpty(String format, String layout) throws Exception {
        MockHttpServletResponse file = template(format, layout, "steward");

        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getHeader("Content-Disposition")).contains("values-services-scorecard-" + layout + "." + format);
        ValueFilesTests.Collected got = new ValueFilesTests.Collected();
        ValueFiles.Read read = ValueFiles.read(FileSource.of(file.getContentAsByteArray()), got);
        assertThat(read.layout()).isEqualTo(layout);
        assertThat(got.problems).isEmpty();
        assertThat(got.values).isEmpty();
        assertThat(got.empty).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"csv,long"})
    void listsTheKpisTheReaderEntersWithTheirOpenPeriodsAndLeavesCalculatedOnesOut(String format, String layout)
            throws Exception {
        String csv = template(format, layout, "steward").getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\ufeffkpi_code,kpi_name,unit,period,value,comment\r\n")
                .contains("S_FCR,", ",2026-10,,\r\n", ",2026-11,,\r\n");
        jdbc.sql("select code from kpi k where k.formula is not null").query(String.class).list()
                .forEach(code -> assertThat(csv).doesNotContain("\n" + code + ","));
    }

    @ParameterizedTest
    @CsvSource({"pdf,long,400", "csv,tall,400"})
    void refusesAFormatOrLayoutItDoesNotWrite(String format, String layout, int status) throws Exception {
        assertThat(template(format, layout, "steward").getStatus()).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({"nobody,404"})
    void answersSomeoneWhoMayNotReadTheScorecardAsIfItWereMissing(String who, int status) throws Exception, IOException {
        assertThat(template("csv", "long", who).getStatus()).isEqualTo(status);
    }
}
