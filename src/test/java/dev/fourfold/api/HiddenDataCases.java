package dev.fourfold.api;

import static dev.fourfold.api.ApiCases.created;
import static dev.fourfold.api.ApiCases.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a user may not read stays hidden: it does not feed the formulas of scorecards whose readers may not all read
 * it, and every answer about it, down to the byte, is the answer about something that does not exist.
 *
 * <p>Each case builds its own world: an open scorecard owned by a new user {@code alice} and viewed by {@code bob},
 * and a hidden scorecard of another unit that neither may read, holding the KPI {@code SECRET} with a value no
 * other answer contains.
 */
interface HiddenDataCases extends ApiCases {

    String HIDDEN_VALUE = "987654.321";
    String WITHHELD = "input not shared with this scorecard's readers";
    long MISSING_ID = 987_650_001L;

    /** The world of one case: ids and codes of what alice may and may not read. */
    record World(Map<String, Long> open, Map<String, Long> hidden, String secret, long secretId, long secretActual,
                 long secretTarget, long hiddenInitiative, long aliceId, long bobId, Api alice, Api bob) {
    }

    default World world() {
        Map<String, Long> open = scorecardWithObjective();
        Map<String, Long> hidden = scorecardWithObjective();
        String secret = unique("SECRET");
        long secretId = kpi(hidden.get("objective"), secret, "");
        long actual = created(api().post("/api/v1/actuals", "{\"kpiCode\": \"" + secret + "\", \"period\": \"2026-01\", \"value\": "
                + HIDDEN_VALUE + "}"));
        long target = created(api().post("/api/v1/targets", "{\"kpiId\": " + secretId + ", \"period\": \"2026-02\", \"value\": 5}"));
        // A value of the open scorecard's own, so that its formulas have data to be evaluated against.
        String own = unique("OWN");
        kpi(open.get("objective"), own, "");
        created(api().post("/api/v1/actuals", "{\"kpiCode\": \"" + own + "\", \"period\": \"2025-12\", \"value\": 3}"));
        long initiative = created(api().post("/api/v1/initiatives", "{\"objectiveId\": " + hidden.get("objective")
                + ", \"name\": \"Secret project\"}"));
        String alice = unique("alice").toLowerCase();
        String bob = unique("bob").toLowerCase();
        long aliceId = user(alice);
        long bobId = user(bob);
        grant(aliceId, open.get("scorecard"), "SCORECARD_OWNER");
        grant(bobId, open.get("scorecard"), "VIEWER");
        return new World(open, hidden, secret, secretId, actual, target, initiative, aliceId, bobId, api().as(alice), api().as(bob));
    }

    private long user(String name) {
        return created(api().post("/api/v1/users", "{\"username\": \"" + name + "\", \"password\": \"a-long-password-1\"}"));
    }

    private long grant(long userId, long scorecardId, String role) {
        return created(api().post("/api/v1/grants", "{\"userId\": " + userId + ", \"scorecardId\": " + scorecardId
                + ", \"role\": \"" + role + "\"}"));
    }

    /** The answer about hidden {@code hiddenToken} is the answer about missing {@code missingToken}, byte for byte. */
    static void assertSameAnswer(Api.Answer hidden, String hiddenToken, Api.Answer missing, String missingToken) {
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(missing.status());
        assertThat(hidden.contentType()).isEqualTo(missing.contentType());
        String token = "(?<![\\w.])" + java.util.regex.Pattern.quote(hiddenToken) + "(?![\\w])";
        assertThat(hidden.body().replaceAll(token, java.util.regex.Matcher.quoteReplacement(missingToken))).isEqualTo(missing.body());
    }

    @Test
    default void withholdsAFormulaInputThatNotEveryReaderOfTheScorecardMayRead() {
        World w = world();
        String leak = unique("LEAK");
        long leakId = kpi(w.open().get("objective"), leak, "\"formula\": \"" + w.secret() + " * 1\"");
        String evaluation = "/api/v1/scorecards/" + w.open().get("scorecard") + "/evaluation?period=2026-01&explain=true";
        String series = "/api/v1/kpis/" + leakId + "/series?from=2025-12&to=2026-02";
        String explanation = "/api/v1/kpis/" + leakId + "/explanation?period=2026-01";
        for (Api reader : List.of(w.alice(), w.bob(), api())) {
            for (String uri : List.of(evaluation, series, explanation)) {
                Api.Answer answer = reader.get(uri);
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                assertThat(answer.body()).as(uri).doesNotContain("987654").doesNotContain("987,654");
            }
            Map<String, Object> node = reader.get(evaluation)
                    .<List<Map<String, Object>>>json("$.perspectives[*].objectives[*].kpis[?(@.code == '" + leak + "')]").get(0);
            assertThat(node.get("actual")).as("every reader sees the same evaluation").isNull();
            assertThat((String) node.get("reason")).contains(WITHHELD);
            assertThat(reader.get(explanation).body()).contains(WITHHELD);
        }

        grant(w.aliceId(), w.hidden().get("scorecard"), "VIEWER");
        Map<String, Object> stillWithheld = api().get(evaluation)
                .<List<Map<String, Object>>>json("$.perspectives[*].objectives[*].kpis[?(@.code == '" + leak + "')]").get(0);
        assertThat(stillWithheld.get("actual")).as("bob still may not read it").isNull();

        grant(w.bobId(), w.hidden().get("scorecard"), "VIEWER");
        for (Api reader : List.of(w.alice(), w.bob(), api())) {
            Map<String, Object> node = reader.get(evaluation)
                    .<List<Map<String, Object>>>json("$.perspectives[*].objectives[*].kpis[?(@.code == '" + leak + "')]").get(0);
            assertThat(String.valueOf(node.get("actual"))).as("shared with every reader now").startsWith("987654.321");
        }
    }

    /** The evaluation of one KPI of the world's open scorecard, as {@code reader} sees it. */
    private static Map<String, Object> node(Api reader, World w, String code) {
        return reader.get("/api/v1/scorecards/" + w.open().get("scorecard") + "/evaluation?period=2026-01")
                .<List<Map<String, Object>>>json("$.perspectives[*].objectives[*].kpis[?(@.code == '" + code + "')]").get(0);
    }

    @Test
    default void withholdsAnInputReachedThroughAFormulaOnAnotherScorecard() {
        World w = world();
        Map<String, Long> shared = scorecardWithObjective();
        grant(w.aliceId(), shared.get("scorecard"), "VIEWER");
        grant(w.bobId(), shared.get("scorecard"), "VIEWER");
        String middle = unique("MIDDLE");
        kpi(shared.get("objective"), middle, "\"formula\": \"" + w.secret() + " + 1\"");
        String leak = unique("LEAK");
        kpi(w.open().get("objective"), leak, "\"formula\": \"" + middle + " * 1\"");
        for (Api reader : List.of(w.alice(), api())) {
            Map<String, Object> node = node(reader, w, leak);
            assertThat(node.get("actual")).isNull();
            assertThat((String) node.get("reason")).contains(middle, WITHHELD);
        }
    }

    @Test
    default void countsAnInputOnceAUnitMoveSharesItWithEveryReader() {
        World w = world();
        created(api().post("/api/v1/grants", "{\"userId\": " + w.aliceId() + ", \"unitId\": " + w.open().get("unit")
                + ", \"role\": \"SCORECARD_OWNER\"}"));
        created(api().post("/api/v1/grants", "{\"userId\": " + w.bobId() + ", \"unitId\": " + w.open().get("unit")
                + ", \"role\": \"VIEWER\"}"));
        String leak = unique("LEAK");
        kpi(w.open().get("objective"), leak, "\"formula\": \"" + w.secret() + " * 2\"");
        assertThat((String) node(api(), w, leak).get("reason")).contains(WITHHELD);

        Api.Answer unit = api().get("/api/v1/units/" + w.hidden().get("unit"));
        Api.Answer moved = api().put("/api/v1/units/" + w.hidden().get("unit"), "{\"name\": \"" + unit.<String>json("$.name")
                + "\", \"parentId\": " + w.open().get("unit") + ", \"version\": " + unit.version() + "}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(String.valueOf(node(w.bob(), w, leak).get("actual"))).startsWith("1975308.642");
    }

    @Test
    default void refusesAFormulaReadingAHiddenKpiExactlyLikeAnUnknownCode() {
        World w = world();
        String missing = unique("NOPE");
        long objective = w.open().get("objective");
        String code = unique("F");
        String body = "{\"objectiveId\": " + objective + ", \"code\": \"" + code + "\", \"name\": \"F\", \"formula\": \"%s * 2\"}";
        assertSameAnswer(w.alice().post("/api/v1/kpis", body.formatted(w.secret())), w.secret(),
                w.alice().post("/api/v1/kpis", body.formatted(missing)), missing);
        assertThat(w.alice().post("/api/v1/kpis", body.formatted(missing)).status()).isEqualTo(400);

        long mine = kpi(objective, code, "");
        long version = api().get("/api/v1/kpis/" + mine).version();
        String update = "{\"objectiveId\": " + objective + ", \"code\": \"" + code + "\", \"name\": \"F\", \"formula\": \"prev(%s)\", "
                + "\"version\": " + version + "}";
        assertSameAnswer(w.alice().put("/api/v1/kpis/" + mine, update.formatted(w.secret())), w.secret(),
                w.alice().put("/api/v1/kpis/" + mine, update.formatted(missing)), missing);
    }

    @Test
    default void refusesACodeHeldByAHiddenKpiWithoutSayingByWhat() {
        World w = world();
        Api.Answer hidden = w.alice().post("/api/v1/kpis", "{\"objectiveId\": " + w.open().get("objective") + ", \"code\": \""
                + w.secret().toLowerCase() + "\", \"name\": \"Mine\"}");
        assertThat(hidden.status()).isEqualTo(400);
        assertThat(hidden.<List<String>>json("$.errors[*].message"))
                .containsExactly("KPI code '" + w.secret().toLowerCase() + "' is already in use; codes are unique in the organisation, ignoring case");
        // as a number of its own: the code's random suffix may hold the same digits
        assertThat(hidden.body()).doesNotContainPattern("\\b" + w.secretId() + "\\b");

        Api.Answer readable = api().post("/api/v1/kpis", "{\"objectiveId\": " + w.open().get("objective") + ", \"code\": \""
                + w.secret() + "\", \"name\": \"Mine\"}");
        assertThat(readable.<List<String>>json("$.errors[*].message").get(0)).contains("taken by KPI " + w.secretId());
    }

    @Test
    default void answersAHiddenKpiCodeInValuesAndTargetsLikeAMissingOne() {
        World w = world();
        String missing = unique("NOPE");
        for (String uri : List.of("/api/v1/actuals", "/api/v1/targets")) {
            String one = "{\"kpiCode\": \"%s\", \"period\": \"2026-03\", \"value\": 1}";
            assertSameAnswer(w.alice().post(uri, one.formatted(w.secret())), w.secret(), w.alice().post(uri, one.formatted(missing)), missing);
            String batch = "{\"items\": [{\"kpiCode\": \"%s\", \"period\": \"2026-Q1\", \"value\": 1}]}";
            assertSameAnswer(w.alice().post(uri + "/batch", batch.formatted(w.secret())), w.secret(),
                    w.alice().post(uri + "/batch", batch.formatted(missing)), missing);
            String byId = "{\"kpiId\": %s, \"period\": \"2026-03\", \"value\": 1}";
            assertSameAnswer(w.alice().post(uri, byId.formatted(w.secretId())), String.valueOf(w.secretId()),
                    w.alice().post(uri, byId.formatted(MISSING_ID)), String.valueOf(MISSING_ID));
        }
        String phase = "{\"kpiCode\": \"%s\", \"year\": \"2027\", \"total\": 12, \"weights\": [1, 2]}";
        assertSameAnswer(w.alice().post("/api/v1/targets/phase", phase.formatted(w.secret())), w.secret(),
                w.alice().post("/api/v1/targets/phase", phase.formatted(missing)), missing);
    }

    @Test
    default void answersHiddenIdsLikeMissingOnes() {
        World w = world();
        Map<String, Long> hiddenIds = Map.of("kpis", w.secretId(), "actuals", w.secretActual(), "targets", w.secretTarget(),
                "objectives", w.hidden().get("objective"), "perspectives", w.hidden().get("perspective"),
                "initiatives", w.hiddenInitiative(), "scorecards", w.hidden().get("scorecard"));
        hiddenIds.forEach((resource, id) -> {
            String hidden = String.valueOf(id);
            String missing = String.valueOf(MISSING_ID);
            String path = "/api/v1/" + resource + "/";
            assertSameAnswer(w.bob().get(path + hidden), hidden, w.bob().get(path + missing), missing);
            assertSameAnswer(w.alice().put(path + hidden, "{\"name\": \"X\", \"value\": 1, \"version\": 0}"), hidden,
                    w.alice().put(path + missing, "{\"name\": \"X\", \"value\": 1, \"version\": 0}"), missing);
            assertSameAnswer(w.alice().delete(path + hidden), hidden, w.alice().delete(path + missing), missing);
        });
        String kpi = String.valueOf(w.secretId());
        String missing = String.valueOf(MISSING_ID);
        for (String tail : List.of("/series", "/explanation")) {
            assertSameAnswer(w.alice().get("/api/v1/kpis/" + kpi + tail), kpi, w.alice().get("/api/v1/kpis/" + missing + tail), missing);
        }
        assertSameAnswer(w.alice().post("/api/v1/actuals/" + w.secretActual() + "/approve", "{}"), String.valueOf(w.secretActual()),
                w.alice().post("/api/v1/actuals/" + missing + "/approve", "{}"), missing);
    }

    @Test
    default void answersHiddenReferencesInNewThingsLikeMissingOnes() {
        World w = world();
        String missing = String.valueOf(MISSING_ID);
        String objective = String.valueOf(w.hidden().get("objective"));
        String kpi = "{\"objectiveId\": %s, \"code\": \"" + unique("K") + "\", \"name\": \"K\"}";
        assertSameAnswer(w.alice().post("/api/v1/kpis", kpi.formatted(objective)), objective,
                w.alice().post("/api/v1/kpis", kpi.formatted(missing)), missing);
        String initiative = "{\"objectiveId\": %s, \"name\": \"Mine\"}";
        assertSameAnswer(w.alice().post("/api/v1/initiatives", initiative.formatted(objective)), objective,
                w.alice().post("/api/v1/initiatives", initiative.formatted(missing)), missing);
        String perspective = String.valueOf(w.hidden().get("perspective"));
        String newObjective = "{\"perspectiveId\": %s, \"code\": \"" + unique("O") + "\", \"name\": \"O\"}";
        assertSameAnswer(w.alice().post("/api/v1/objectives", newObjective.formatted(perspective)), perspective,
                w.alice().post("/api/v1/objectives", newObjective.formatted(missing)), missing);
        String aligned = "{\"perspectiveId\": " + w.open().get("perspective") + ", \"code\": \"" + unique("O")
                + "\", \"name\": \"O\", \"alignedToId\": %s}";
        assertSameAnswer(w.alice().post("/api/v1/objectives", aligned.formatted(objective)), objective,
                w.alice().post("/api/v1/objectives", aligned.formatted(missing)), missing);
        String scorecard = String.valueOf(w.hidden().get("scorecard"));
        String newPerspective = "{\"scorecardId\": %s, \"name\": \"P\"}";
        assertSameAnswer(w.alice().post("/api/v1/perspectives", newPerspective.formatted(scorecard)), scorecard,
                w.alice().post("/api/v1/perspectives", newPerspective.formatted(missing)), missing);
        String unit = String.valueOf(w.hidden().get("unit"));
        String newScorecard = "{\"unitId\": %s, \"name\": \"S\"}";
        assertSameAnswer(w.alice().post("/api/v1/scorecards", newScorecard.formatted(unit)), unit,
                w.alice().post("/api/v1/scorecards", newScorecard.formatted(missing)), missing);
    }

    @Test
    default void namesNoHiddenObjectiveWhenRefusingToDeleteAnObjectiveAlignedTo() {
        World w = world();
        long child = created(api().post("/api/v1/units", "{\"name\": \"" + unique("Child") + "\", \"parentId\": "
                + w.open().get("unit") + "}"));
        long scorecard = created(api().post("/api/v1/scorecards", "{\"unitId\": " + child + ", \"name\": \"Child scorecard\"}"));
        long perspective = ((Number) api().get("/api/v1/perspectives?scorecardId=" + scorecard).json("$.items[0].id")).longValue();
        String aligned = unique("ALIGNED");
        created(api().post("/api/v1/objectives", "{\"perspectiveId\": " + perspective + ", \"code\": \"" + aligned
                + "\", \"name\": \"Follow\", \"alignedToId\": " + w.open().get("objective") + "}"));
        Api.Answer refused = w.alice().delete("/api/v1/objectives/" + w.open().get("objective"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).doesNotContain(aligned).contains("an aligned objective on a scorecard you cannot read");
        assertThat(api().delete("/api/v1/objectives/" + w.open().get("objective")).body()).contains("aligned objective " + aligned);
    }

    @Test
    default void importsAFormulaReadingAHiddenKpiLikeOneReadingAnUnknownCode() {
        World w = world();
        String unit = api().get("/api/v1/units/" + w.open().get("unit")).json("$.name");
        String missing = unique("NOPE");
        String file = """
                version: 1
                scorecard:
                  name: Scorecard
                  unit: "%s"
                perspectives:
                  - name: Financial
                    objectives:
                      - code: OBJ
                        name: Grow
                        kpis:
                          - code: %s
                            name: Copy
                            aggregation: formula
                            formula: "%s * 1"
                """;
        String code = unique("COPY");
        java.util.function.Function<String, Api.Answer> upload = input -> w.alice().send(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/scorecards/import?dryRun=true")
                        .contentType("application/yaml").content(file.formatted(unit, code, input)));
        Api.Answer hidden = upload.apply(w.secret());
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(400);
        assertSameAnswer(hidden, w.secret(), upload.apply(missing), missing);
    }

    @Test
    default void letsAChildUnitOwnerKeepAnAlignmentToAnObjectiveTheyMayNotRead() {
        World w = world();
        long child = created(api().post("/api/v1/units", "{\"name\": \"" + unique("Child") + "\", \"parentId\": "
                + w.hidden().get("unit") + "}"));
        long scorecard = created(api().post("/api/v1/scorecards", "{\"unitId\": " + child + ", \"name\": \"Child scorecard\"}"));
        long perspective = ((Number) api().get("/api/v1/perspectives?scorecardId=" + scorecard).json("$.items[0].id")).longValue();
        String body = "{\"perspectiveId\": " + perspective + ", \"code\": \"FOLLOW\", \"name\": \"%s\", \"alignedToId\": "
                + w.hidden().get("objective") + ", \"version\": 0}";
        long objective = created(api().post("/api/v1/objectives", body.formatted("Follow")));
        created(api().post("/api/v1/grants", "{\"userId\": " + w.aliceId() + ", \"unitId\": " + child
                + ", \"role\": \"SCORECARD_OWNER\"}"));
        Api.Answer renamed = w.alice().put("/api/v1/objectives/" + objective, body.formatted("Follow the group"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.<Number>json("$.alignedToId").longValue()).isEqualTo(w.hidden().get("objective"));
    }

    @Test
    default void namesNoHiddenFormulaWhenRefusingToDeleteAKpiItReads() {
        World w = world();
        String input = unique("INPUT");
        long inputId = kpi(w.open().get("objective"), input, "");
        String reader = unique("READER");
        kpi(w.hidden().get("objective"), reader, "\"formula\": \"" + input + " / 2\"");
        Api.Answer refused = w.alice().delete("/api/v1/kpis/" + inputId);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).doesNotContain(reader).contains("a KPI on a scorecard you cannot read");
        assertThat(api().delete("/api/v1/kpis/" + inputId).body()).contains("the formula of KPI " + reader);
    }
}
