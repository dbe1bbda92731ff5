package dev.fourfold.importing.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed files of values: each is read to its end without an exception, gives no value for the rows it refuses,
 * and names at least one problem with a sentence a person can act on.
 */
public class BadValueFilesTests {

    private static final String HEAD = "kpi_code,period,value\n";

    /** Malformed CSV files; {@code REV} stands for a KPI's code. */
    public static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("text in a value", HEAD + "REV,2026-03,twelve\n"),
                bad("NaN", HEAD + "REV,2026-03,NaN\n"),
                bad("infinity", HEAD + "REV,2026-03,Infinity\n"),
                bad("a huge exponent", HEAD + "REV,2026-03,1e999999999\n"),
                bad("an exponent beyond any integer", HEAD + "REV,2026-03,1e99999999999\n"),
                bad("a tiny number", HEAD + "REV,2026-03,1e-400\n"),
                bad("too many decimals", HEAD + "REV,2026-03,0.1234567890123\n"),
                bad("27 digits", HEAD + "REV,2026-03,123456789012345678901234567\n"),
                bad("a formula", HEAD + "REV,2026-03,=SUM(A1:A9)\n"),
                bad("a plus formula", HEAD + "REV,2026-03,+cmd|' /C calc'!A0\n"),
                bad("an at formula", HEAD + "REV,2026-03,@SUM(1)\n"),
                bad("a currency", HEAD + "REV,2026-03,$12\n"),
                bad("a percent", HEAD + "REV,2026-03,12%\n"),
                bad("two points", HEAD + "REV,2026-03,1.2.3\n"),
                bad("a lone minus", HEAD + "REV,2026-03,-\n"),
                bad("hexadecimal", HEAD + "REV,2026-03,0xFF\n"),
                bad("a sixty-five character number", HEAD + "REV,2026-03," + "1".repeat(65) + "\n"),
                bad("a decimal comma in a comma file", HEAD + "REV,2026-03,\"12,5\"\n"),
                bad("a point in a semicolon file", "kpi_code;period;value\nREV;2026-03;1.5\nREV;2026-04;2,5\n"),
                bad("a month 13", HEAD + "REV,2026-13,1\n"),
                bad("a day 31 February", HEAD + "REV,2026-02-31,1\n"),
                bad("a quarter 5", HEAD + "REV,2026-Q5,1\n"),
                bad("a week 54", HEAD + "REV,2026-W54,1\n"),
                bad("a year 10000", HEAD + "REV,10000,1\n"),
                bad("a period in words", HEAD + "REV,March 2026,1\n"),
                bad("an injection in a period", HEAD + "REV,'; drop table kpi; --,1\n"),
                bad("an empty code", HEAD + ",2026-03,1\n"),
                bad("an empty period", HEAD + "REV,,1\n"),
                bad("more cells than the header", HEAD + "REV,2026-03,1,2\n"),
                bad("a shifted row", HEAD + "REV,2026-03,1,,,,,x\n"),
                bad("no kpi_code column", "code_of_kpi,period,value\nREV,2026-03,1\n"),
                bad("no value column", "kpi_code,period,amount\nREV,2026-03,1\n"),
                bad("a header twice", "kpi_code,period,value,value\nREV,2026-03,1,2\n"),
                bad("an unknown column", "kpi_code,period,value,owner\nREV,2026-03,1,ana\n"),
                bad("a wide header that is no period", "kpi_code,2026-01,Total\nREV,1,2\n"),
                bad("a wide header without periods", "kpi_code,kpi_name\nREV,Revenue\n"),
                bad("an empty file", ""),
                bad("blank lines only", "\n\n\n"),
                bad("prose", "Dear team,\nthe numbers are attached.\n"),
                bad("a binary file", new String(new byte[] {0, 1, 2, 3, (byte) 0xff, 0x7f}, StandardCharsets.ISO_8859_1)),
                bad("an unclosed quote", HEAD + "REV,2026-03,\"1\n"),
                bad("a comment over 1000 characters", "kpi_code,period,value,comment\nREV,2026-03,1," + "x".repeat(1001) + "\n"),
                bad("a header over 1000 columns", "kpi_code," + "x,".repeat(1001) + "\n"),
                bad("a NUL in a value", HEAD + "REV,2026-03,1\u00002\n"));
    }

    /** Malformed, encrypted and hostile workbooks. */
    public static Stream<Arguments> badWorkbooks() throws IOException {
        return Stream.of(
                Arguments.of("a zip that is no workbook", zip("readme.txt", "hello")),
                Arguments.of("a workbook without a sheet", zip("[Content_Types].xml", "<Types/>")),
                Arguments.of("a zip bomb", zip("xl/worksheets/sheet1.xml", "a".repeat(50_000_000))),
                Arguments.of("an encrypted workbook", new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0,
                    (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1, 0, 0, 0, 0}),
                Arguments.of("a truncated zip", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}));
    }

    private static Arguments bad(String what, String file) {
        return Arguments.of(what, file.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"badFiles", "badWorkbooks"})
    void namesWhatIsWrongAndGivesNoValueForIt(String what, byte[] file) throws IOException {
        ValueFilesTests.Collected got = new ValueFilesTests.Collected();

        ValueFiles.read(FileSource.of(file), got);

        assertThat(got.problems).as(what).isNotEmpty();
        assertThat(got.problems).allSatisfy(p -> {
            assertThat(p.message()).as(what).isNotBlank().doesNotContain("Exception", "null");
            assertThat(p.location()).as(what).isNotBlank();
        });
        assertThat(got.values).as(what).allSatisfy(v -> assertThat(got.problems)
                .noneMatch(p -> p.row() == v.row() && p.column() == v.column()));
    }
}
