package dev.fourfold.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Api;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** What every group of API test cases needs: the client and a few builders of test data. */
interface ApiCases {

    /** The API client of the running test. */
    Api api();

    /** A code or name no other test uses. */
    static String unique(String prefix) {
        return prefix + "_" + Sequence.NEXT.incrementAndGet() + "_" + Long.toString(System.nanoTime() % 100000, 36).toUpperCase();
    }

    /** Creates a unit with a scorecard and one objective in its Financial perspective; returns their ids. */
    default Map<String, Long> scorecardWithObjective() {
        String name = unique("Unit");
        long unit = created(api().post("/api/v1/units", "{\"name\": \"" + name + "\"}"));
        long scorecard = created(api().post("/api/v1/scorecards", "{\"unitId\": " + unit + ", \"name\": \"Scorecard\"}"));
        long financial = ((Number) api().get("/api/v1/perspectives?scorecardId=" + scorecard).json("$.items[0].id")).longValue();
        long objective = created(api().post("/api/v1/objectives",
                "{\"perspectiveId\": " + financial + ", \"code\": \"OBJ\", \"name\": \"Grow\"}"));
        return Map.of("unit", unit, "scorecard", scorecard, "perspective", financial, "objective", objective);
    }

    /** Creates a monthly higher-is-better KPI under the objective; returns its id. */
    default long kpi(long objective, String code, String extraJson) {
        return created(api().post("/api/v1/kpis", "{\"objectiveId\": " + objective + ", \"code\": \"" + code
                + "\", \"name\": \"" + code + " name\"" + (extraJson.isEmpty() ? "" : ", " + extraJson) + "}"));
    }

    static long created(Api.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.id();
    }

    static List<String> fields(Api.Answer problem) {
        return problem.json("$.errors[*].field");
    }

    static void assertProblem(Api.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat((String) answer.json("$.detail")).isNotBlank();
    }

    /** Numbers that make test data unique within a JVM. */
    final class Sequence {
        static final AtomicInteger NEXT = new AtomicInteger();

        private Sequence() {
        }
    }
}
