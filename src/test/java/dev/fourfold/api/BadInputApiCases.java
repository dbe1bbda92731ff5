package dev.fourfold.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.fourfold.support.Api;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The bad-input battery over the API (bodies in {@link BadInputs}): every malformed file, CSV, NDJSON or JSON batch
 * gets a 4xx problem or a preview that names what is wrong, never a 500, and none writes a value.
 */
interface BadInputApiCases extends ApiCases {

    /** A scorecard with one monthly KPI without values: its id and code. */
    record Fixture(long kpi, String code) {

        byte[] bytes(byte[] body) {
            boolean text = body.length < 2 || !(body[0] == 'P' && body[1] == 'K') && (body[0] & 0xff) != 0xd0;
            return text ? new String(body, StandardCharsets.UTF_8).replace("REV", code).getBytes(StandardCharsets.UTF_8)
                    : body;
        }

        String text(String body) {
            return body.replace("REV", code);
        }
    }

    default Fixture fixture() {
        Map<String, Long> card = scorecardWithObjective();
        String code = ApiCases.unique("BAT");
        return new Fixture(kpi(card.get("objective"), code, ""), code);
    }

    default void assertNothingWritten(Fixture f, String what) {
        assertThat(((Number) api().get("/api/v1/actuals?kpiId=" + f.kpi()).json("$.total")).longValue())
                .as(what + ": nothing written").isZero();
    }

    default void assertProblem(Api.Answer answer, String what) {
        assertThat(answer.status()).as(what + ": " + answer.body()).isBetween(400, 499);
        assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
        assertThat(answer.body()).as(what).doesNotContain("Exception", "at dev.fourfold", "\"null\"");
        String detail = answer.json("$.detail");
        List<String> fields = answer.body().contains("\"errors\"") ? answer.json("$.errors[*].field") : List.of();
        assertThat(detail + fields).as(what).isNotBlank();
    }

    default void assertPreviewNamesProblems(Api.Answer preview, String what, boolean rows) {
        if (preview.status() != 201) {
            assertProblem(preview, what);
            return;
        }
        assertThat(preview.<Integer>json("$.problemCount")).as(what + ": " + preview.body()).isPositive();
        List<Map<String, Object>> problems = preview.json("$.problems");
        assertThat(problems).as(what).isNotEmpty().allSatisfy(p -> assertThat(p.get("message").toString()).as(what)
                .isNotBlank().doesNotContain("Exception", "null"));
        if (rows) {
            assertThat(problems).as(what).allSatisfy(p -> {
                assertThat((Integer) p.get("row")).as(what).isGreaterThanOrEqualTo(2);
                assertThat((Integer) p.get("column")).as(what).isPositive();
            });
        }
        assertProblem(api().post("/api/v1/imports/" + preview.id() + "/commit", ""), what + " (commit)");
    }

    @ParameterizedTest(name = "file: {0}")
    @MethodSource("dev.fourfold.api.BadInputs#files")
    default void previewsAMalformedFileWithItsProblemsAndCommitsNothing(String what, byte[] file) {
        Fixture f = fixture();

        Api.Answer preview = api().send(multipart("/api/v1/imports").file(new MockMultipartFile("file", "bad.csv",
                "text/csv", f.bytes(file))));

        assertPreviewNamesProblems(preview, what, false);
        assertNothingWritten(f, what);
    }

    @ParameterizedTest(name = "CSV batch: {0}")
    @MethodSource("dev.fourfold.api.BadInputs#csvBodies")
    default void refusesAMalformedCsvBatchWhole(String what, byte[] file) {
        Fixture f = fixture();

        assertProblem(api().send(post("/api/v1/actuals/batch").contentType("text/csv").content(f.bytes(file))), what);
        assertNothingWritten(f, what);
    }

    @ParameterizedTest(name = "NDJSON batch: {0}")
    @MethodSource("dev.fourfold.api.BadInputs#ndjsonBodies")
    default void refusesAMalformedNdjsonBatchWhole(String what, String body) {
        Fixture f = fixture();

        assertProblem(api().send(post("/api/v1/actuals/batch").contentType("application/x-ndjson")
                .content(f.text(body))), what);
        assertNothingWritten(f, what);
    }

    @ParameterizedTest(name = "JSON batch: {0}")
    @MethodSource("dev.fourfold.api.BadInputs#jsonBatches")
    default void refusesAMalformedJsonBatchWhole(String what, String body) {
        Fixture f = fixture();

        assertProblem(api().post("/api/v1/actuals/batch", f.text(body)), what);
        assertNothingWritten(f, what);
    }

    @ParameterizedTest(name = "unfit file: {0}")
    @MethodSource("dev.fourfold.api.BadInputs#unfitFiles")
    default void namesTheRowAndColumnOfAValueThatDoesNotFitItsKpi(String what, String file) {
        Fixture f = fixture();

        Api.Answer preview = api().send(multipart("/api/v1/imports").file(new MockMultipartFile("file", "unfit.csv",
                "text/csv", f.text(file).getBytes(StandardCharsets.UTF_8))));
        assertPreviewNamesProblems(preview, what, true);
        Api.Answer batch = api().send(post("/api/v1/actuals/batch").contentType("text/csv").content(f.text(file)));
        assertProblem(batch, what + " (CSV batch)");
        assertThat(batch.<List<String>>json("$.errors[*].field")).as(what).allMatch(field -> field.startsWith("row "));

        assertNothingWritten(f, what);
    }
}
