package dev.fourfold.api;

import static dev.fourfold.api.ApiCases.assertProblem;
import static dev.fourfold.api.ApiCases.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input gets a problem+json answer naming what to fix, never a 500. */
interface ErrorCases extends ApiCases {

    @Test
    default void rejectsUnknownJsonFieldsNamingThem() {
        Api.Answer answer = api().post("/api/v1/units", "{\"name\": \"X\", \"colour\": \"blue\"}");
        assertProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("colour");
        assertThat(answer.<String>json("$.detail")).contains("unknown field 'colour'");
    }

    @Test
    default void explainsAValueOfTheWrongType() {
        long objective = scorecardWithObjective().get("objective");
        Api.Answer answer = api().post("/api/v1/kpis", "{\"objectiveId\": " + objective + ", \"code\": \"X\", \"name\": \"X\", \"weight\": \"heavy\"}");
        assertProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("weight");
    }

    @Test
    default void explainsMalformedJson() {
        assertProblem(api().post("/api/v1/units", "{\"name\": "), 400);
    }

    @Test
    default void listsEveryValidationProblemWithItsField() {
        long objective = scorecardWithObjective().get("objective");
        Api.Answer answer = api().post("/api/v1/kpis", "{\"objectiveId\": " + objective
                + ", \"code\": \"9bad\", \"name\": \"\", \"polarity\": \"sideways\", \"weight\": -1, \"graceDays\": 400}");
        assertProblem(answer, 400);
        assertThat(fields(answer)).contains("code", "name", "polarity", "weight", "graceDays");
        assertThat(answer.<List<String>>json("$.errors[?(@.field == 'polarity')].message").get(0))
                .contains("higher, lower, range");
    }

    @Test
    default void refusesHostileNumbersBeforeComputingWithThem() {
        long objective = scorecardWithObjective().get("objective");
        long id = kpi(objective, ApiCases.unique("K"), "");
        Api.Answer huge = api().post("/api/v1/actuals", "{\"kpiId\": " + id + ", \"period\": \"2026-01\", \"value\": 1e999999999}");
        assertProblem(huge, 400);
        assertThat(fields(huge)).containsExactly("value");
        Api.Answer fine = api().post("/api/v1/actuals", "{\"kpiId\": " + id + ", \"period\": \"2026-01\", \"value\": 1e-13}");
        assertProblem(fine, 400);
    }

    @Test
    default void answersUnknownIdsWithNotFound() {
        assertProblem(api().get("/api/v1/kpis/999999"), 404);
        assertProblem(api().get("/api/v1/scorecards/999999"), 404);
    }

    @Test
    default void answersAMalformedIdOrPageWithBadRequest() {
        Api.Answer answer = api().get("/api/v1/kpis/abc");
        assertProblem(answer, 400);
        assertProblem(api().get("/api/v1/kpis?size=100000"), 400);
        assertProblem(api().get("/api/v1/actuals?from=March"), 400);
    }

    @Test
    default void requiresTheVersionOnUpdate() {
        long unit = ApiCases.created(api().post("/api/v1/units", "{\"name\": \"" + ApiCases.unique("U") + "\"}"));
        Api.Answer answer = api().put("/api/v1/units/" + unit, "{\"name\": \"Y\"}");
        assertProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("version");
    }

    @Test
    default void refusesABodyLargerThanTheLimitBeforeReadingIt() {
        String huge = "{\"items\": [" + "{}, ".repeat(5_000_000) + "{}]}";
        Api.Answer answer = api().post("/api/v1/actuals/batch", huge);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.<String>json("$.detail")).contains("at most");
    }

    @Test
    default void servesTheOpenApiDocument() {
        Api.Answer answer = api().get("/api/v1/openapi");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.<String>json("$.paths['/api/v1/actuals/batch'].post.summary")).contains("atomically");
    }
}
