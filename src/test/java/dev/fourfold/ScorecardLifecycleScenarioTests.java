package dev.fourfold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Api;
import dev.fourfold.support.TestClock;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One business cycle told as a story, through the API only: an administrator sets up a unit and its scorecard
 * owner; the owner defines the scorecard, its KPIs and the quarter's targets; a KPI owner records the quarter's
 * revenue, which the owner approves; the quarter is evaluated, explained and locked; a late value is refused and
 * the change log tells who did what. Every score is worked out by hand in the comments (ratio method, see the
 * README's "How Fourfold scores"), and the numbers are chosen so that the hand result is exact in binary too.
 *
 * <p>The story plays in the third quarter of 2026 (the test clock stands in November 2026; the demo organisation's
 * fiscal year is the calendar year), on a unit and users of its own, beside the demo company.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class ScorecardLifecycleScenarioTests {

    private static final AtomicInteger STORIES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    private Api admin;
    private Api owner;
    private Api salesController;
    private String ownerName;
    private String salesName;
    private String suffix;

    private long unit;
    private long scorecard;
    private long financial;
    private long customer;
    private long growRevenue;
    private long keepCustomersHappy;
    private String rev;
    private String complaints;
    private String complaintRate;
    private long revId;

    @BeforeEach
    void cast() {
        admin = new Api(mvc);
        suffix = STORIES.incrementAndGet() + "_" + Long.toString(System.nanoTime() % 100000, 36).toUpperCase();
        ownerName = "story_owner_" + suffix.toLowerCase();
        salesName = "story_sales_" + suffix.toLowerCase();
        owner = admin.as(ownerName);
        salesController = admin.as(salesName);
        rev = "STORY_REV_" + suffix;
        complaints = "STORY_COMPLAINTS_" + suffix;
        complaintRate = "STORY_RATE_" + suffix;
    }

    @Test
    void runsAQuarterFromDefiningTheScorecardToLockingItsResults() {
        anAdministratorCreatesAUnitAndGrantsAScorecardOwner();
        theOwnerDefinesTheScorecardWithACauseAndEffectLink();
        theOwnerDefinesTwoMeasuredKpisAndOneCalculatedKpi();
        theOwnerSetsTheTargetsOfTheYearAndTheQuarter();
        theOwnerRecordsComplaintsAndTheKpiOwnerRecordsRevenuePendingApproval();
        theOwnerApprovesTheRevenueAndTheQuarterScores();
        theYearToDateViewComparesLikeForLike();
        theExplanationOfRevenueShowsItsWorkings();
        theOwnerLocksTheQuarterAndALateValueIsRefusedWhileTheResultsStayFrozen();
        theChangeLogTellsWhoDidWhat();
    }

    private void anAdministratorCreatesAUnitAndGrantsAScorecardOwner() {
        unit = created(admin.post("/api/v1/units", "{\"name\": \"Story unit " + suffix + "\"}"));
        grantOnTheUnit(user(ownerName), "SCORECARD_OWNER");
        grantOnTheUnit(user(salesName), "KPI_OWNER");
        assertThat(admin.get("/api/v1/organisation").<Integer>json("$.fiscalYearStart"))
                .as("the story's quarters are calendar quarters").isEqualTo(1);
    }

    private void theOwnerDefinesTheScorecardWithACauseAndEffectLink() {
        scorecard = created(owner.post("/api/v1/scorecards", "{\"unitId\": " + unit + ", \"name\": \"Story scorecard\", "
                + "\"vision\": \"Grow by keeping customers happy\", \"requiresApproval\": true}"));
        Api.Answer perspectives = owner.get("/api/v1/perspectives?scorecardId=" + scorecard);
        assertThat(perspectives.<List<String>>json("$.items[*].name"))
                .as("every new scorecard starts with the four perspectives")
                .containsExactly("Financial", "Customer", "Internal Business Processes", "Learning & Growth");
        financial = ((Number) perspectives.json("$.items[0].id")).longValue();
        customer = ((Number) perspectives.json("$.items[1].id")).longValue();

        keepCustomersHappy = created(owner.post("/api/v1/objectives",
                "{\"perspectiveId\": " + customer + ", \"code\": \"C1\", \"name\": \"Keep customers happy\"}"));
        // the strategy map: happy customers cause revenue growth
        growRevenue = created(owner.post("/api/v1/objectives", "{\"perspectiveId\": " + financial
                + ", \"code\": \"F1\", \"name\": \"Grow revenue\", \"drivenBy\": [" + keepCustomersHappy + "]}"));
        assertThat(owner.get("/api/v1/objectives/" + growRevenue).<List<Integer>>json("$.drivenBy"))
                .containsExactly((int) keepCustomersHappy);
    }

    private void theOwnerDefinesTwoMeasuredKpisAndOneCalculatedKpi() {
        revId = created(owner.post("/api/v1/kpis", "{\"objectiveId\": " + growRevenue + ", \"code\": \"" + rev
                + "\", \"name\": \"Revenue\", \"unit\": \"kUSD\", \"polarity\": \"higher\", \"frequency\": \"monthly\", "
                + "\"aggregation\": \"sum\", \"owner\": \"" + salesName + "\"}"));
        created(owner.post("/api/v1/kpis", "{\"objectiveId\": " + keepCustomersHappy + ", \"code\": \"" + complaints
                + "\", \"name\": \"Complaints\", \"polarity\": \"lower\", \"frequency\": \"monthly\", \"aggregation\": \"sum\"}"));
        // complaints per 100 kUSD of revenue; a quarter sums its inputs first, then divides
        created(owner.post("/api/v1/kpis", "{\"objectiveId\": " + keepCustomersHappy + ", \"code\": \"" + complaintRate
                + "\", \"name\": \"Complaints per 100 kUSD\", \"polarity\": \"lower\", \"formula\": \"100 * " + complaints
                + " / " + rev + "\", \"target\": 20}"));
    }

    private void theOwnerSetsTheTargetsOfTheYearAndTheQuarter() {
        // 960 kUSD for 2026, split evenly: 80 a month
        Api.Answer phased = owner.post("/api/v1/targets/phase",
                "{\"kpiId\": " + revId + ", \"year\": \"2026\", \"total\": 960, \"reason\": \"budget 2026\"}");
        assertThat(phased.status()).as(phased.body()).isEqualTo(200);
        assertThat(owner.get("/api/v1/targets?kpiId=" + revId + "&from=2026-01&to=2026-12").<List<Object>>json("$.items[*].value"))
                .hasSize(12).allSatisfy(value -> assertThat(new BigDecimal(value.toString())).isEqualByComparingTo("80"));
        // at most 20 complaints a month in the quarter
        Api.Answer quarter = owner.post("/api/v1/targets/batch", "{\"items\": [" + item(complaints, "2026-07", 20) + ", "
                + item(complaints, "2026-08", 20) + ", " + item(complaints, "2026-09", 20) + "]}");
        assertThat(quarter.status()).as(quarter.body()).isEqualTo(200);
    }

    private void theOwnerRecordsComplaintsAndTheKpiOwnerRecordsRevenuePendingApproval() {
        Api.Answer counted = owner.post("/api/v1/actuals/batch", "{\"items\": [" + item(complaints, "2026-07", 22) + ", "
                + item(complaints, "2026-08", 28) + ", " + item(complaints, "2026-09", 25) + "]}");
        assertThat(counted.status()).as(counted.body()).isEqualTo(200);
        assertThat(owner.get("/api/v1/actuals?kpiId=" + kpiId(complaints) + "&state=approved").<Integer>json("$.total"))
                .as("a scorecard owner's values count at once").isEqualTo(3);

        for (String[] month : new String[][] {{"2026-07", "95"}, {"2026-08", "105"}, {"2026-09", "100"}}) {
            Api.Answer entered = salesController.post("/api/v1/actuals", item(rev, month[0], Integer.parseInt(month[1])));
            assertThat(entered.status()).as(entered.body()).isEqualTo(201);
            assertThat(entered.<String>json("$.state")).as("the scorecard requires approval of a KPI owner's values")
                    .isEqualTo("pending");
        }
        Map<String, Object> quarter = kpi(evaluation("2026-Q3", "period"), rev);
        assertThat(quarter.get("status")).as("pending values do not count").isEqualTo("none");
        assertThat(quarter.get("score")).isNull();
        assertThat(quarter.get("reason")).isEqualTo("no actual in 2026-Q3");
        Map<String, Object> september = kpi(evaluation("2026-09", "period"), rev);
        assertThat(september.get("status")).isEqualTo("none");
        assertThat(september.get("pending")).as("September's value awaits approval").isEqualTo(true);
    }

    private void theOwnerApprovesTheRevenueAndTheQuarterScores() {
        List<Integer> pending = owner.get("/api/v1/actuals?kpiId=" + revId + "&state=pending").json("$.items[*].id");
        assertThat(pending).hasSize(3);
        for (Integer id : pending) {
            Api.Answer approved = owner.post("/api/v1/actuals/" + id + "/approve", "{\"comment\": \"matches the ledger\"}");
            assertThat(approved.<String>json("$.state")).as(approved.body()).isEqualTo("approved");
        }

        Api.Answer q3 = evaluation("2026-Q3", "period");
        // revenue, higher is better: A = 95 + 105 + 100 = 300, T = 3 × 80 = 240; (300 − 240 + 240) / 240 × 100 = 125
        assertKpi(q3, rev, "300", "240", 125.0, "green");
        // complaints, lower is better: A = 22 + 28 + 25 = 75, T = 3 × 20 = 60; (1 − (75 − 60) / 60) × 100 = 75
        assertKpi(q3, complaints, "75", "60", 75.0, "red");
        // complaint rate, inputs summed first: 100 × 75 / 300 = 25 against 20; (1 − (25 − 20) / 20) × 100 = 75
        assertKpi(q3, complaintRate, "25", "20", 75.0, "red");
        assertThat(kpi(q3, rev).get("completeness").toString()).isEqualTo("1");
        // objectives and perspectives average their children (weights 1): Financial 125, Customer (75 + 75) / 2 = 75;
        // the two perspectives without objectives have no score and are left out: (125 + 75) / 2 = 100
        assertThat(q3.<List<Object>>json("$.perspectives[*].score")).map(String::valueOf).containsExactly("125", "75", "null", "null");
        assertThat(q3.<Object>json("$.score").toString()).isEqualTo("100");
        assertThat(q3.<String>json("$.status")).as("100 is on the green bound").isEqualTo("green");

        // September alone: 100 against 80; 100 / 80 × 100 = 125
        assertKpi(evaluation("2026-09", "period"), rev, "100", "80", 125.0, "green");
    }

    private void theYearToDateViewComparesLikeForLike() {
        // to the end of August, only the months with a value count, actuals and targets alike:
        // revenue 95 + 105 = 200 against 2 × 80 = 160 (not the eight months' 640): 200 / 160 × 100 = 125;
        // complaints 22 + 28 = 50 against 40: (1 − 10 / 40) × 100 = 75
        Api.Answer ytd = evaluation("2026-08", "ytd");
        assertThat(ytd.<String>json("$.view")).isEqualTo("ytd");
        assertKpi(ytd, rev, "200", "160", 125.0, "green");
        assertKpi(ytd, complaints, "50", "40", 75.0, "red");
    }

    private void theExplanationOfRevenueShowsItsWorkings() {
        Api.Answer explanation = owner.get("/api/v1/kpis/" + revId + "/explanation?period=2026-Q3");
        assertThat(explanation.status()).as(explanation.body()).isEqualTo(200);
        assertThat(explanation.<String>json("$.method")).isEqualTo("ratio");
        assertThat(explanation.<String>json("$.text")).contains("300", "240", "125");
    }

    private void theOwnerLocksTheQuarterAndALateValueIsRefusedWhileTheResultsStayFrozen() {
        Api.Answer before = evaluation("2026-Q3", "period");
        Api.Answer lock = owner.post("/api/v1/scorecards/" + scorecard + "/locks", "{\"period\": \"2026-Q3\"}");
        assertThat(lock.status()).as(lock.body()).isEqualTo(201);

        Api.Answer late = salesController.post("/api/v1/actuals", item(rev, "2026-09", 140));
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(late.<String>json("$.detail")).contains("2026-Q3", "locked", rev);

        Api.Answer frozen = evaluation("2026-Q3", "period");
        assertThat(frozen.<String>json("$.lock.lockedBy")).isEqualTo(ownerName);
        assertThat(frozen.<List<String>>json("$.changedSinceLock")).isEmpty();
        assertThat(frozen.<List<Object>>json("$.perspectives[*].objectives[*].kpis[*].score"))
                .isEqualTo(before.json("$.perspectives[*].objectives[*].kpis[*].score"));
        assertKpi(frozen, rev, "300", "240", 125.0, "green");
        assertThat(frozen.<Object>json("$.score").toString()).isEqualTo("100");

        Api.Answer october = salesController.post("/api/v1/actuals", item(rev, "2026-10", 90));
        assertThat(october.status()).as("the next quarter is open; " + october.body()).isEqualTo(201);
    }

    private void theChangeLogTellsWhoDidWhat() {
        assertThat(admin.get("/api/v1/changes?entity=unit&entityId=" + unit).<List<String>>json("$.items[*].actor"))
                .as("the administrator created the unit").isNotEmpty().containsOnly("admin");
        assertThat(admin.get("/api/v1/changes?entity=grant&actor=admin&size=500").<List<String>>json("$.items[*].newValue"))
                .as("and granted the roles").contains("SCORECARD_OWNER", "KPI_OWNER");

        List<Map<String, Object>> changes = admin.get("/api/v1/changes?scorecardId=" + scorecard + "&size=500").json("$.items");
        assertThat(changes).filteredOn(c -> List.of("scorecard", "objective", "kpi", "target", "lock").contains(c.get("entity")))
                .as("the owner defined, targeted and locked the scorecard")
                .isNotEmpty().extracting(c -> c.get("actor")).containsOnly(ownerName);
        assertThat(changes).filteredOn(c -> "lock".equals(c.get("entity")) && "period".equals(c.get("field")))
                .extracting(c -> c.get("action") + " " + c.get("newValue")).containsExactly("create 2026-Q3");

        List<Map<String, Object>> states = changes.stream()
                .filter(c -> "actual".equals(c.get("entity")) && "state".equals(c.get("field"))).toList();
        assertThat(states).as("who entered which value in which state, and who approved it; the refused late value left no trace")
                .extracting(c -> c.get("actor") + " " + c.get("action") + " " + c.get("oldValue") + " -> " + c.get("newValue"))
                .containsExactlyInAnyOrder(
                        ownerName + " create null -> approved", ownerName + " create null -> approved",
                        ownerName + " create null -> approved",
                        salesName + " create null -> pending", salesName + " create null -> pending",
                        salesName + " create null -> pending", salesName + " create null -> pending",
                        ownerName + " update pending -> approved", ownerName + " update pending -> approved",
                        ownerName + " update pending -> approved");
    }

    private long user(String username) {
        return created(admin.post("/api/v1/users", "{\"username\": \"" + username + "\", \"password\": \"story-password-1\"}"));
    }

    private void grantOnTheUnit(long user, String role) {
        created(admin.post("/api/v1/grants", "{\"userId\": " + user + ", \"unitId\": " + unit + ", \"role\": \"" + role + "\"}"));
    }

    private Api.Answer evaluation(String period, String view) {
        Api.Answer answer = owner.get("/api/v1/scorecards/" + scorecard + "/evaluation?period=" + period + "&view=" + view);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private static Map<String, Object> kpi(Api.Answer evaluation, String code) {
        return evaluation.<List<Map<String, Object>>>json("$.perspectives[*].objectives[*].kpis[?(@.code == '" + code + "')]").get(0);
    }

    private static void assertKpi(Api.Answer evaluation, String code, String actual, String target, double score, String status) {
        Map<String, Object> kpi = kpi(evaluation, code);
        assertThat(new BigDecimal(kpi.get("actual").toString())).as(code + " actual").isEqualByComparingTo(actual);
        assertThat(new BigDecimal(kpi.get("target").toString())).as(code + " target").isEqualByComparingTo(target);
        assertThat(((Number) kpi.get("score")).doubleValue()).as(code + " score").isEqualTo(score);
        assertThat(kpi.get("status")).as(code + " status").isEqualTo(status);
    }

    private long kpiId(String code) {
        return ((Number) owner.get("/api/v1/kpis?scorecardId=" + scorecard + "&size=100")
                .<List<Object>>json("$.items[?(@.code == '" + code + "')].id").get(0)).longValue();
    }

    private static String item(String code, String period, int value) {
        return "{\"kpiCode\": \"" + code + "\", \"period\": \"" + period + "\", \"value\": " + value + "}";
    }

    private static long created(Api.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.id();
    }
}
