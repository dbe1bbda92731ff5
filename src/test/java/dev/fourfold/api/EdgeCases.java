package dev.fourfold.api;

import static dev.fourfold.api.ApiCases.assertProblem;
import static dev.fourfold.api.ApiCases.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Api;
import dev.fourfold.support.ChunkedBody;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The edge of the API: who may send a body at all, how much of it is read, and which values are refused as they
 * are read, each naming the field and never costing work the answer does not need.
 */
interface EdgeCases extends ApiCases {

    String YAML = "application/yaml";
    String JSON = "application/json";
    long MB = 1024 * 1024;

    private static String weights(String first) {
        return "[" + first + ", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]";
    }

    private long flow() {
        long objective = scorecardWithObjective().get("objective");
        return kpi(objective, ApiCases.unique("F"), "\"aggregation\": \"sum\"");
    }

    @Test
    default void refusesAViewersImportBeforeReadingItsBody() {
        ChunkedBody body = new ChunkedBody("/api/v1/scorecards/import", YAML,
                "version: 1\nscorecard:\n  name: Group\n  vision: ", "lorem ipsum dolor sit amet ", 5 * MB);
        Api.Answer answer = api().as("viewer").send(body);
        assertProblem(answer, 403);
        assertThat(body.bytesRead()).isZero();
    }

    @Test
    default void refusesAViewersTargetPhasingBeforeReadingItsBody() {
        String json = "{\"kpiCode\": \"REV\", \"year\": \"2027\", \"total\": 1200, \"weights\": " + weights("1e-1000000") + "}";
        ChunkedBody body = new ChunkedBody("/api/v1/targets/phase", JSON, json, " ", json.length());
        Api.Answer answer = api().as("viewer").send(body);
        assertProblem(answer, 403);
        assertThat(answer.<String>json("$.detail")).contains("Ask an administrator");
        assertThat(body.bytesRead()).isZero();
    }

    @Test
    default void letsAViewerStillManageTheirOwnTokens() {
        Api.Answer answer = api().as("viewer").post("/api/v1/me/tokens", "{\"name\": \"" + ApiCases.unique("t") + "\", \"scope\": \"read\"}");
        assertThat(answer.status()).as(answer.body()).isNotEqualTo(403);
    }

    @Test
    default void refusesAbsurdNumbersInListsNamingTheItem() {
        long id = flow();
        for (String absurd : List.of("1e-1000000", "1e-999999999", "1e999999999", "1e-400")) {
            Api.Answer answer = api().post("/api/v1/targets/phase",
                    "{\"kpiId\": " + id + ", \"year\": \"2027\", \"total\": 1200, \"weights\": " + weights(absurd) + "}");
            assertProblem(answer, 400);
            assertThat(fields(answer)).as(absurd).containsExactly("weights[0]");
        }
        assertThat(api().get("/api/v1/targets?kpiId=" + id).<List<Object>>json("$.items")).isEmpty();
    }

    @Test
    default void refusesAChunkedBodyPastTheLimitWhileReadingIt() {
        ChunkedBody body = new ChunkedBody("/api/v1/actuals/batch", JSON, "{\"items\": [", "{}, ", 20 * MB);
        Api.Answer answer = api().send(body);
        assertProblem(answer, 413);
        assertThat(answer.<String>json("$.detail")).contains("at most " + 16 * MB + " bytes");
        assertThat(body.bytesRead()).isLessThanOrEqualTo(16 * MB + 64 * 1024);
    }

    @Test
    default void givesImportsALargerLimitThanOtherBodies() {
        String head = "version: 1\nscorecard:\n  name: " + ApiCases.unique("Big") + "\n";
        ChunkedBody within = new ChunkedBody("/api/v1/scorecards/import?dryRun=true", YAML, head, "# a comment line of the file\n", 20 * MB);
        assertThat(api().send(within).status()).isNotEqualTo(413);
        assertThat(within.bytesRead()).isEqualTo(20 * MB);
        ChunkedBody past = new ChunkedBody("/api/v1/scorecards/import?dryRun=true", YAML, head, "# a comment line of the file\n", 40 * MB);
        Api.Answer answer = api().send(past);
        assertProblem(answer, 413);
        assertThat(past.bytesRead()).isLessThanOrEqualTo(32 * MB + 64 * 1024);
    }

    @Test
    default void refusesADateSentAsANumber() {
        long objective = scorecardWithObjective().get("objective");
        Api.Answer answer = api().post("/api/v1/initiatives", "{\"objectiveId\": " + objective
                + ", \"name\": \"Launch\", \"start\": 20260101}");
        assertProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("start");
        assertThat(answer.<String>json("$.detail")).contains("2026-03-31");
    }

    @Test
    default void refusesDatesAndTimesOutsideTheSupportedYearsNamingTheField() {
        long objective = scorecardWithObjective().get("objective");
        Api.Answer date = api().post("/api/v1/initiatives", "{\"objectiveId\": " + objective
                + ", \"name\": \"Launch\", \"start\": \"2026-01-01\", \"end\": \"+10000-01-01\"}");
        assertProblem(date, 400);
        assertThat(fields(date)).containsExactly("end");
        assertThat(date.<String>json("$.detail")).contains("supported years 1900 to 2199");
        Api.Answer time = api().post("/api/v1/me/tokens", "{\"name\": \"ci\", \"expiresAt\": \"+10000-01-01T00:00:00Z\"}");
        assertProblem(time, 400);
        assertThat(fields(time)).containsExactly("expiresAt");
    }

    @Test
    default void namesTheFieldOfAnImpossibleTime() {
        for (String value : List.of("\"2027-13-45T00:00:00Z\"", "1767225600", "\"2027-01-01\"")) {
            Api.Answer answer = api().post("/api/v1/me/tokens", "{\"name\": \"ci\", \"expiresAt\": " + value + "}");
            assertProblem(answer, 400);
            assertThat(fields(answer)).as(value).containsExactly("expiresAt");
        }
    }

    @Test
    default void namesTheFieldOfAnImpossibleDate() {
        long objective = scorecardWithObjective().get("objective");
        Api.Answer answer = api().post("/api/v1/initiatives", "{\"objectiveId\": " + objective
                + ", \"name\": \"Launch\", \"start\": \"2026-13-45\"}");
        assertProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("start");
    }

    @Test
    default void refusesAnUnderflowInsteadOfRoundingToZero() {
        long objective = scorecardWithObjective().get("objective");
        Api.Answer answer = api().post("/api/v1/kpis", "{\"objectiveId\": " + objective + ", \"code\": \""
                + ApiCases.unique("A") + "\", \"name\": \"A\", \"forecast\": {\"method\": \"holt\", \"alpha\": 1e-400}}");
        assertProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("forecast.alpha");
    }

    @Test
    default void namesTheFieldOfAnOutOfRangeWholeNumber() {
        long objective = scorecardWithObjective().get("objective");
        Api.Answer answer = api().post("/api/v1/kpis", "{\"objectiveId\": " + objective + ", \"code\": \""
                + ApiCases.unique("G") + "\", \"name\": \"G\", \"graceDays\": 99999999999}");
        assertProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("graceDays");
        assertThat(answer.<String>json("$.detail")).contains("whole number").doesNotContain("not valid JSON");
    }

    @Test
    default void refusesControlCharactersAndBrokenTextInSingleLineFields() {
        for (String name : List.of("A\\u0000B", "A\\nB", "A\\rB", "A\\u0007B", "A\\uD800B", "A\\uDC00")) {
            Api.Answer answer = api().post("/api/v1/units", "{\"name\": \"" + name + "\"}");
            assertProblem(answer, 400);
            assertThat(fields(answer)).as(name).containsExactly("name");
        }
        long objective = scorecardWithObjective().get("objective");
        Api.Answer withNewlines = api().post("/api/v1/kpis", "{\"objectiveId\": " + objective + ", \"code\": \""
                + ApiCases.unique("D") + "\", \"name\": \"D \\uD83D\\uDE00\", \"description\": \"First line\\nsecond line\"}");
        assertThat(withNewlines.status()).as(withNewlines.body()).isEqualTo(201);
        Api.Answer withNul = api().post("/api/v1/kpis", "{\"objectiveId\": " + objective + ", \"code\": \""
                + ApiCases.unique("D") + "\", \"name\": \"D\", \"description\": \"a\\u0000b\"}");
        assertProblem(withNul, 400);
        assertThat(fields(withNul)).containsExactly("description");
    }

    @Test
    default void keepsLibraryNamesOutOfErrorMessages() {
        long objective = scorecardWithObjective().get("objective");
        List<String> bodies = List.of("{\"name\": ", "{\"name\": \"x\"", "[1, 2]", "{\"name\": [1]}", "{\"name\": {\"a\": 1}}",
                "{\"name\": \"x\", \"parentId\": \"abc\"}", "{\"name\": \"x\", \"parentId\": 1.5}", "{\"name\": \"x\"} {}",
                "{\"name\": \"x\", \"parentId\": 99999999999999999999999}", "nonsense", "{\"name\": tru}");
        for (String body : bodies) {
            Api.Answer answer = api().post("/api/v1/units", body);
            assertProblem(answer, 400);
            assertThat(answer.body()).as(body).doesNotContain("tools.jackson", "java.", "jakarta.", "dev.fourfold.",
                    "StreamReadFeature", "`", "Source:");
        }
        Api.Answer kpi = api().post("/api/v1/kpis", "{\"objectiveId\": " + objective + ", \"code\": \"X\", \"name\": \"X\", "
                + "\"graceDays\": \"many\", \"forecast\": [1]}");
        assertProblem(kpi, 400);
        assertThat(kpi.body()).doesNotContain("tools.jackson", "java.", "`");
    }

    @Test
    default void tellsABatchThatLostARaceWhatHappenedWithoutContradiction() throws Exception {
        long objective = scorecardWithObjective().get("objective");
        long id = kpi(objective, ApiCases.unique("R"), "");
        Pattern contradiction = Pattern.compile("version (\\d+) but it is now at version (\\d+)");
        List<String> conflicts = new ArrayList<>();
        for (int round = 0; round < 15; round++) {
            List<CompletableFuture<Api.Answer>> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                String items = "{\"items\": [{\"kpiId\": " + id + ", \"period\": \"2026-01\", \"value\": " + (round * 10 + w) + "}]}";
                writers.add(CompletableFuture.supplyAsync(() -> api().post("/api/v1/actuals/batch", items)));
            }
            for (CompletableFuture<Api.Answer> writer : writers) {
                Api.Answer answer = writer.get();
                assertThat(answer.status()).as(answer.body()).isIn(200, 409);
                if (answer.status() == 409) {
                    conflicts.add(answer.<String>json("$.detail"));
                }
            }
        }
        for (String detail : conflicts) {
            Matcher m = contradiction.matcher(detail);
            assertThat(m.find() && m.group(1).equals(m.group(2))).as(detail).isFalse();
        }
    }
}
