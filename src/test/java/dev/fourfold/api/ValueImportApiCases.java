package dev.fourfold.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import dev.fourfold.support.Api;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** Files of actual values through the API: preview, commit, again; every refused row named; nothing half written. */
interface ValueImportApiCases extends ApiCases {

    default Api.Answer upload(Api caller, String name, String csv) {
        return caller.send(multipart("/api/v1/imports").file(new MockMultipartFile("file", name, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))));
    }

    default long values(long kpi) {
        return ((Number) api().get("/api/v1/actuals?kpiId=" + kpi).json("$.total")).longValue();
    }

    @Test
    default void previewsWritesNothingThenCommitsOnceAndAgainChangesNothing() {
        Map<String, Long> card = scorecardWithObjective();
        String code = ApiCases.unique("IMP");
        long kpi = kpi(card.get("objective"), code, "\"target\": 100");
        String csv = "kpi_code;period;value;comment\n" + code + ";2026-01;10,5;first\n" + code + ";2026-02;12;\n"
                + code + ";2026-03;;\n";

        Api.Answer preview = upload(api(), "march.csv", csv);

        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        assertThat(preview.<Integer>json("$.created")).isEqualTo(2);
        assertThat(preview.<Integer>json("$.empty")).isEqualTo(1);
        assertThat(preview.<Integer>json("$.problemCount")).isZero();
        assertThat(preview.<String>json("$.layout")).isEqualTo("long");
        assertThat(values(kpi)).as("a preview writes nothing").isZero();

        Api.Answer committed = api().post("/api/v1/imports/" + preview.id() + "/commit", "");
        assertThat(committed.status()).as(committed.body()).isEqualTo(200);
        assertThat(committed.<String>json("$.status")).isEqualTo("committed");
        assertThat(values(kpi)).isEqualTo(2);
        assertThat(api().get("/api/v1/actuals?kpiId=" + kpi).<List<String>>json("$.items[*].source")).containsOnly("import");
        assertThat(api().post("/api/v1/imports/" + preview.id() + "/commit", "").status()).isEqualTo(409);

        Api.Answer again = upload(api(), "march.csv", csv);
        assertThat(again.<Integer>json("$.created") + again.<Integer>json("$.updated")).isZero();
        assertThat(again.<Integer>json("$.unchanged")).isEqualTo(2);
        Api.Answer nothing = api().post("/api/v1/imports/" + again.id() + "/commit", "");
        assertThat(nothing.status()).isEqualTo(200);
        assertThat(nothing.<Integer>json("$.created") + nothing.<Integer>json("$.updated")).isZero();
        assertThat(values(kpi)).isEqualTo(2);
    }

    @Test
    default void namesEveryRefusedRowWithItsColumnAndCommitsNothing() {
        Map<String, Long> card = scorecardWithObjective();
        String code = ApiCases.unique("BAD");
        long kpi = kpi(card.get("objective"), code, "\"target\": 100");
        String csv = "kpi_code,period,value\n" + code + ",2026-01,1e400\n" + code + ",2026-Q1,5\n"
                + "NO_SUCH_KPI,2026-01,7\n" + code + ",2026-02,8\n";

        Api.Answer preview = upload(api(), "bad.csv", csv);

        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        assertThat(preview.<Integer>json("$.problemCount")).isEqualTo(3);
        List<Map<String, Object>> problems = preview.json("$.problems");
        assertThat(problems).extracting(p -> p.get("row"), p -> p.get("column")).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(2, 3), org.assertj.core.groups.Tuple.tuple(3, 2),
                org.assertj.core.groups.Tuple.tuple(4, 1));
        assertThat(problems.get(0).get("message").toString()).contains("is too large");
        Api.Answer refused = api().post("/api/v1/imports/" + preview.id() + "/commit", "");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(values(kpi)).isZero();
    }

    @Test
    default void showsAnImportOnlyToWhoUploadedItAndToAdministrators() {
        Map<String, Long> card = scorecardWithObjective();
        String code = ApiCases.unique("OWN");
        kpi(card.get("objective"), code, "");
        long id = upload(api(), "mine.csv", "kpi_code,period,value\n" + code + ",2026-01,1\n").id();

        assertThat(api().get("/api/v1/imports/" + id).status()).isEqualTo(200);
        assertThat(api().as("owner").get("/api/v1/imports/" + id).status()).isEqualTo(404);
        assertThat(api().as("owner").post("/api/v1/imports/" + id + "/commit", "").status()).isEqualTo(404);
        assertThat(api().get("/api/v1/imports").<List<Integer>>json("$[*].id")).contains((int) id);
    }

    @Test
    default void saysAnEmptyFileIsEmptyAndANonTableIsNoTable() {
        Api.Answer empty = upload(api(), "empty.csv", "");
        assertThat(empty.status()).isEqualTo(201);
        assertThat(empty.<List<String>>json("$.problems[*].message")).containsExactly(
                "the file is empty: give a header row and rows of values");
        Api.Answer prose = upload(api(), "letter.csv", "Dear team,\nplease find the numbers attached.\n");
        assertThat(prose.<List<String>>json("$.problems[*].message").get(0)).contains("has no kpi_code column");
    }

    @Test
    default void importsAFileOfMoreThanOneChunkAtOnceAndNamesAValueGivenAgainInALaterChunk() {
        Map<String, Long> card = scorecardWithObjective();
        List<String> codes = java.util.stream.IntStream.range(0, 4).mapToObj(i -> ApiCases.unique("BIG")).toList();
        long kpi = kpi(card.get("objective"), codes.get(0), "");
        codes.subList(1, 4).forEach(code -> kpi(card.get("objective"), code, ""));
        StringBuilder csv = new StringBuilder("kpi_code,period,value\n");
        for (String code : codes) {
            for (int m = 0; m < 3_000; m++) {
                csv.append(code).append(',').append(java.time.YearMonth.of(2199, 12).minusMonths(m)).append(',')
                        .append(m).append(".25\n");
            }
        }
        String again = codes.get(0) + ",2199-12,99\n";

        Api.Answer twice = upload(api(), "twice.csv", csv + again);

        assertThat(twice.<Integer>json("$.rows")).isEqualTo(12_001);
        assertThat(twice.<Integer>json("$.problemCount")).isEqualTo(1);
        assertThat(twice.<Integer>json("$.problems[0].row")).isEqualTo(12_002);
        assertThat(twice.<Integer>json("$.problems[0].column")).isEqualTo(2);
        assertThat(twice.<String>json("$.problems[0].message")).contains("row 2");
        assertThat(api().post("/api/v1/imports/" + twice.id() + "/commit", "").status()).isEqualTo(400);
        assertThat(values(kpi)).isZero();

        Api.Answer preview = upload(api(), "all.csv", csv.toString());
        assertThat(preview.<Integer>json("$.created")).isEqualTo(12_000);
        Api.Answer committed = api().post("/api/v1/imports/" + preview.id() + "/commit", "");
        assertThat(committed.status()).isEqualTo(200);
        assertThat(committed.<Integer>json("$.created")).isEqualTo(12_000);
        assertThat(values(kpi)).isEqualTo(3_000);
        assertThat(api().get("/api/v1/actuals?kpiId=" + kpi + "&from=2194-12&to=2194-12").<Number>json("$.items[0].value")
                .toString()).isEqualTo("60.25");
    }

    @Test
    default void warnsOfAValueFarOutsideItsKpisHistoryAndStillCommits() {
        Map<String, Long> card = scorecardWithObjective();
        String code = ApiCases.unique("FAR");
        long kpi = kpi(card.get("objective"), code, "");
        StringBuilder history = new StringBuilder("kpi_code,period,value\n");
        for (int m = 1; m <= 10; m++) {
            history.append(code).append(",2025-").append(String.format("%02d", m)).append(',').append(100 + m).append('\n');
        }
        assertThat(api().post("/api/v1/imports/" + upload(api(), "history.csv", history.toString()).id() + "/commit", "")
                .status()).isEqualTo(200);

        Api.Answer preview = upload(api(), "far.csv", "kpi_code,period,value\n" + code + ",2025-11,108\n" + code
                + ",2025-12,10800\n");

        assertThat(preview.<Integer>json("$.problemCount")).isZero();
        assertThat(preview.<Integer>json("$.warningCount")).as(preview.body()).isEqualTo(1);
        assertThat(preview.<Integer>json("$.warnings[0].row")).isEqualTo(3);
        assertThat(preview.<Integer>json("$.warnings[0].column")).isEqualTo(3);
        assertThat(preview.<String>json("$.warnings[0].message")).contains("10800 is far outside the history of KPI "
                + code).contains("between 103.25 and 107.75");
        assertThat(api().post("/api/v1/imports/" + preview.id() + "/commit", "").status()).isEqualTo(200);
        assertThat(values(kpi)).isEqualTo(12);
    }

    @Test
    default void namesAValueInALockedPeriodAtItsRowInsteadOfRefusingTheFile() {
        Map<String, Long> card = scorecardWithObjective();
        String code = ApiCases.unique("LCK");
        long kpi = kpi(card.get("objective"), code, "");
        assertThat(api().post("/api/v1/scorecards/" + card.get("scorecard") + "/locks", "{\"period\": \"2026-03\"}")
                .status()).isEqualTo(201);

        Api.Answer preview = upload(api(), "locked.csv", "kpi_code,period,value\n" + code + ",2026-02,1\n" + code
                + ",2026-03,2\n");

        assertThat(preview.status()).isEqualTo(201);
        assertThat(preview.<Integer>json("$.problemCount")).isEqualTo(1);
        assertThat(preview.<Integer>json("$.problems[0].row")).isEqualTo(3);
        assertThat(preview.<Integer>json("$.problems[0].column")).isEqualTo(2);
        assertThat(preview.<String>json("$.problems[0].message")).contains("locked");
        assertThat(preview.<Integer>json("$.created")).isEqualTo(1);
        assertThat(values(kpi)).isZero();
    }

    @Test
    default void readsARawCsvBodyAsAFile() {
        Map<String, Long> card = scorecardWithObjective();
        String code = ApiCases.unique("RAW");
        kpi(card.get("objective"), code, "");

        Api.Answer preview = api().send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/imports?name=raw.csv").contentType("text/csv")
                .content("kpi_code,period,value\n" + code + ",2026-01,3\n"));

        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        assertThat(preview.<String>json("$.fileName")).isEqualTo("raw.csv");
        assertThat(preview.<Integer>json("$.created")).isEqualTo(1);
    }

    @Test
    default void recordsAnNdjsonBatchAndNamesTheLinesOfARefusedOne() {
        Map<String, Long> card = scorecardWithObjective();
        String code = ApiCases.unique("NDJ");
        long kpi = kpi(card.get("objective"), code, "");
        String good = "{\"kpiCode\": \"" + code + "\", \"period\": \"2026-03\", \"value\": 104.5}\n\n"
                + "{\"kpiCode\": \"" + code + "\", \"period\": \"2026-04\", \"value\": 0.000000000001, \"comment\": \"tiny\"}\n";

        Api.Answer refused = api().send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/actuals/batch").contentType("application/x-ndjson")
                .content(good + "{\"kpiCode\": \"" + code + "\", \"period\": \"2026-13\", \"value\": 1}\n"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.<List<String>>json("$.errors[*].field")).containsExactly("line 4: period");
        assertThat(values(kpi)).isZero();

        Api.Answer recorded = api().send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/actuals/batch").contentType("application/x-ndjson").content(good));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.<Integer>json("$.created")).isEqualTo(2);
        assertThat(api().get("/api/v1/actuals?kpiId=" + kpi + "&from=2026-04&to=2026-04").<String>json("$.items[0].comment"))
                .isEqualTo("tiny");
        assertThat(api().get("/api/v1/actuals?kpiId=" + kpi + "&from=2026-04&to=2026-04").<Number>json("$.items[0].value")
                .toString()).isEqualTo("1.0E-12");
    }

    @Test
    default void recordsACsvBatchWithDecimalCommasAndNamesTheRowOfARefusedOne() {
        Map<String, Long> card = scorecardWithObjective();
        String code = ApiCases.unique("CSB");
        long kpi = kpi(card.get("objective"), code, "");

        Api.Answer refused = api().send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/actuals/batch").contentType("text/csv")
                .content("kpi_code;period;value\n" + code + ";2026-03;104,5\nNO_SUCH_KPI;2026-03;1\n"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.<List<String>>json("$.errors[*].field")).containsExactly("row 3: kpiCode");
        assertThat(values(kpi)).isZero();

        Api.Answer recorded = api().send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/actuals/batch").contentType("text/csv")
                .content("kpi_code;period;value\n" + code + ";2026-03;104,5\n" + code + ";2026-04;1.234,5\n"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.<Integer>json("$.created")).isEqualTo(2);
        assertThat(api().get("/api/v1/actuals?kpiId=" + kpi + "&from=2026-03&to=2026-03").<Number>json("$.items[0].value")
                .toString()).isEqualTo("104.5");
        assertThat(api().get("/api/v1/actuals?kpiId=" + kpi).<List<String>>json("$.items[*].source")).containsOnly("api");
    }

    @Test
    default void importsTargetsBudgetsAndStretchTargetsWithTheirReasons() {
        Map<String, Long> card = scorecardWithObjective();
        String code = ApiCases.unique("TGT");
        long kpi = kpi(card.get("objective"), code, "");
        String csv = "kpi_code,period,value,series,reason\n" + code + ",2026-01,100,,plan 2026\n" + code
                + ",2026-01,90,budget,approved budget\n" + code + ",2026-01,120,Stretch,\n";

        Api.Answer preview = api().send(multipart("/api/v1/imports").file(new MockMultipartFile("file", "targets.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8))).param("kind", "target"));

        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        assertThat(preview.<String>json("$.kind")).isEqualTo("target");
        assertThat(preview.<Integer>json("$.created")).isEqualTo(3);
        assertThat(api().get("/api/v1/targets?kpiId=" + kpi).<Number>json("$.total").intValue()).as("a preview writes nothing")
                .isZero();
        assertThat(api().post("/api/v1/imports/" + preview.id() + "/commit", "").status()).isEqualTo(200);
        assertThat(api().get("/api/v1/targets?kpiId=" + kpi + "&series=budget").<String>json("$.items[0].reason"))
                .isEqualTo("approved budget");
        assertThat(api().get("/api/v1/targets?kpiId=" + kpi + "&series=stretch").<Number>json("$.items[0].value")
                .intValue()).isEqualTo(120);
        assertThat(api().get("/api/v1/targets?kpiId=" + kpi).<Number>json("$.items[0].value").intValue()).isEqualTo(100);
        assertThat(values(kpi)).as("targets are no actual values").isZero();

        Api.Answer twice = api().send(multipart("/api/v1/imports").file(new MockMultipartFile("file", "again.csv",
                "text/csv", (csv + code + ",2026-01,95,budget,\n").getBytes(StandardCharsets.UTF_8))).param("kind", "target"));
        assertThat(twice.<Integer>json("$.problemCount")).isEqualTo(1);
        assertThat(twice.<Integer>json("$.problems[0].row")).isEqualTo(5);
    }

    @Test
    default void refusesASeriesColumnInAFileOfActualValuesAndAnUnknownKind() {
        Map<String, Long> card = scorecardWithObjective();
        String code = ApiCases.unique("SER");
        long kpi = kpi(card.get("objective"), code, "");

        Api.Answer actual = upload(api(), "mixed.csv", "kpi_code,period,value,series\n" + code + ",2026-01,1,budget\n");
        assertThat(actual.<List<String>>json("$.problems[*].message")).anyMatch(m -> m.contains("has no series column"));
        Api.Answer kind = api().send(multipart("/api/v1/imports").file(new MockMultipartFile("file", "x.csv", "text/csv",
                ("kpi_code,period,value\n" + code + ",2026-01,1\n").getBytes(StandardCharsets.UTF_8))).param("kind", "plans"));
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.<List<String>>json("$.errors[*].field")).containsExactly("kind");
        assertThat(values(kpi)).isZero();
    }
}
