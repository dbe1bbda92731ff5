package dev.fourfold.api;

import dev.fourfold.importing.values.BadValueFilesTests;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The bad-input battery's bodies: malformed files (from the reader's own battery) sent as files and as CSV batches,
 * and malformed NDJSON and JSON batches and files whose rows read well but do not fit the KPI. {@code REV} stands
 * for the code of a monthly KPI without values, {@code 2026-03} for an open period of it.
 */
final class BadInputs {

    private BadInputs() {
    }

    static Stream<Arguments> files() throws IOException {
        return Stream.concat(BadValueFilesTests.badFiles(), BadValueFilesTests.badWorkbooks());
    }

    static Stream<Arguments> csvBodies() {
        return BadValueFilesTests.badFiles();
    }

    static Stream<Arguments> ndjsonBodies() {
        String ok = "{\"kpiCode\": \"REV\", \"period\": \"2026-02\", \"value\": 1}\n";
        return Stream.of(
                Arguments.of("prose", "the numbers are attached"),
                Arguments.of("text as a value", "{\"kpiCode\": \"REV\", \"period\": \"2026-03\", \"value\": \"twelve\"}"),
                Arguments.of("NaN", "{\"kpiCode\": \"REV\", \"period\": \"2026-03\", \"value\": NaN}"),
                Arguments.of("NaN as text", "{\"kpiCode\": \"REV\", \"period\": \"2026-03\", \"value\": \"NaN\"}"),
                Arguments.of("infinity", "{\"kpiCode\": \"REV\", \"period\": \"2026-03\", \"value\": Infinity}"),
                Arguments.of("1e400", "{\"kpiCode\": \"REV\", \"period\": \"2026-03\", \"value\": 1e400}"),
                Arguments.of("1e999999999", "{\"kpiCode\": \"REV\", \"period\": \"2026-03\", \"value\": 1e999999999}"),
                Arguments.of("a number of 5,000 digits", "{\"kpiCode\": \"REV\", \"period\": \"2026-03\", \"value\": "
                        + "9".repeat(5_000) + "}"),
                Arguments.of("an unknown KPI", "{\"kpiCode\": \"NO_SUCH_KPI\", \"period\": \"2026-03\", \"value\": 1}"),
                Arguments.of("a quarter of a monthly KPI", "{\"kpiCode\": \"REV\", \"period\": \"2026-Q1\", \"value\": 1}"),
                Arguments.of("a value twice, different", ok + ok.replace("\"value\": 1", "\"value\": 2")),
                Arguments.of("no period", "{\"kpiCode\": \"REV\", \"value\": 1}"),
                Arguments.of("an array per line", "[\"REV\", \"2026-03\", 1]"),
                Arguments.of("an unclosed object", "{\"kpiCode\": \"REV\", \"period\": \"2026-03\""),
                Arguments.of("a comment over 2,000 characters", "{\"kpiCode\": \"REV\", \"period\": \"2026-03\", \"value\": 1, "
                        + "\"comment\": \"" + "x".repeat(2_001) + "\"}"),
                Arguments.of("an injection as a code", "{\"kpiCode\": \"'; drop table kpi; --\", \"period\": \"2026-03\", "
                        + "\"value\": 1}"),
                Arguments.of("an unknown state", "{\"kpiCode\": \"REV\", \"period\": \"2026-03\", \"value\": 1, \"state\": "
                        + "\"published\"}"),
                Arguments.of("a formula as a value", "{\"kpiCode\": \"REV\", \"period\": \"2026-03\", \"value\": \"=1+2\"}"),
                Arguments.of("a good line, then a bad one", ok + "{\"kpiCode\": \"REV\", \"period\": \"2026-13\", \"value\": 1}"),
                Arguments.of("blank lines only", "\n\n\n"));
    }

    static Stream<Arguments> jsonBatches() {
        String item = "{\"kpiCode\": \"REV\", \"period\": \"2026-02\", \"value\": 1}";
        StringBuilder many = new StringBuilder("{\"items\": [");
        for (int i = 0; i < 10_001; i++) {
            many.append(i == 0 ? "" : ", ").append(item);
        }
        return Stream.of(
                Arguments.of("no items", "{}"),
                Arguments.of("items as text", "{\"items\": \"REV\"}"),
                Arguments.of("an empty list", "{\"items\": []}"),
                Arguments.of("NaN as text", "{\"items\": [{\"kpiCode\": \"REV\", \"period\": \"2026-03\", \"value\": \"NaN\"}]}"),
                Arguments.of("1e400", "{\"items\": [{\"kpiCode\": \"REV\", \"period\": \"2026-03\", \"value\": 1e400}]}"),
                Arguments.of("an unknown KPI", "{\"items\": [{\"kpiCode\": \"NO_SUCH_KPI\", \"period\": \"2026-03\", \"value\": 1}]}"),
                Arguments.of("a week of a monthly KPI", "{\"items\": [{\"kpiCode\": \"REV\", \"period\": \"2026-W10\", \"value\": 1}]}"),
                Arguments.of("a value twice, different", "{\"items\": [" + item + ", " + item.replace("\"value\": 1", "\"value\": 2") + "]}"),
                Arguments.of("10,001 items", many.append("]}").toString()),
                Arguments.of("truncated", "{\"items\": [" + item),
                Arguments.of("a good item, then a bad one", "{\"items\": [" + item + ", {\"kpiCode\": \"REV\", \"period\": "
                        + "\"2026-03\", \"value\": 1.0000000000001}]}"),
                Arguments.of("null as an item", "{\"items\": [null]}"));
    }

    static Stream<Arguments> unfitFiles() {
        String head = "kpi_code,period,value\n";
        return Stream.of(
                Arguments.of("an unknown KPI code", head + "NO_SUCH_KPI,2026-03,1\n"),
                Arguments.of("a quarter of a monthly KPI", head + "REV,2026-Q1,1\n"),
                Arguments.of("a day of a monthly KPI", head + "REV,2026-03-15,1\n"),
                Arguments.of("a row twice, different values", head + "REV,2026-03,1\nREV,2026-03,2\n"),
                Arguments.of("a row twice, the same value", head + "REV,2026-03,1\nREV,2026-03,1\n"),
                Arguments.of("a wide file with a quarter column", "kpi_code,2026-02,2026-Q1\nREV,1,2\n"),
                Arguments.of("a good row, then an unknown KPI", head + "REV,2026-02,1\nNOPE,2026-03,1\n"));
    }
}
