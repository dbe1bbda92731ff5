package dev.fourfold.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Api;
import dev.fourfold.support.TestClock;
import java.util.List;
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
 * The initiative list limited to the scorecards the caller may read, and to one scorecard or objective: two
 * scorecards of a unit of their own, a viewer of only the first, and an initiative left on a retired objective.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class InitiativeListTests {

    private static final AtomicInteger WORLDS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    private Api admin;
    private Api viewer;
    private String suffix;
    private long seen;
    private long unseen;
    private long seenObjective;
    private long unseenObjective;

    @BeforeEach
    void twoScorecardsAndAViewerOfTheFirst() {
        admin = new Api(mvc);
        suffix = WORLDS.incrementAndGet() + "_" + Long.toString(System.nanoTime() % 100000, 36);
        long unit = created(admin.post("/api/v1/units", "{\"name\": \"Initiative list " + suffix + "\"}"));
        seen = created(admin.post("/api/v1/scorecards", "{\"unitId\": " + unit + ", \"name\": \"Seen\"}"));
        unseen = created(admin.post("/api/v1/scorecards", "{\"unitId\": " + unit + ", \"name\": \"Unseen\"}"));
        seenObjective = objective(seen, "S1");
        unseenObjective = objective(unseen, "U1");
        initiative(seenObjective, "Seen project", "on-track");
        initiative(unseenObjective, "Unseen project", "on-track");
        long retiring = objective(unseen, "U2");
        initiative(retiring, "Finished project", "completed");
        assertThat(admin.delete("/api/v1/objectives/" + retiring).<Boolean>json("$.retired")).isTrue();
        String name = "initiative_viewer_" + suffix;
        long user = created(admin.post("/api/v1/users", "{\"username\": \"" + name + "\", \"password\": \"list-password-1\"}"));
        created(admin.post("/api/v1/grants", "{\"userId\": " + user + ", \"scorecardId\": " + seen + ", \"role\": \"VIEWER\"}"));
        viewer = admin.as(name);
    }

    @Test
    void listsOnlyTheInitiativesOfScorecardsTheCallerMayRead() {
        assertThat(names(viewer.get("/api/v1/initiatives?size=500"))).containsExactly("Seen project");
        Api.Answer other = viewer.get("/api/v1/initiatives?scorecardId=" + unseen);
        assertThat(names(other)).isEmpty();
        assertThat(other.<Integer>json("$.total")).isZero();
    }

    @Test
    void listsEveryInitiativeOfOneScorecardIncludingThoseOfRetiredObjectives() {
        Api.Answer answer = admin.get("/api/v1/initiatives?scorecardId=" + unseen);
        assertThat(names(answer)).containsExactly("Unseen project", "Finished project");
        assertThat(answer.<Integer>json("$.total")).isEqualTo(2);
    }

    @Test
    void narrowsTheListToOneObjectiveTheCallerMayRead() {
        assertThat(names(admin.get("/api/v1/initiatives?objectiveId=" + unseenObjective))).containsExactly("Unseen project");
        assertThat(names(viewer.get("/api/v1/initiatives?objectiveId=" + seenObjective))).containsExactly("Seen project");
        assertThat(names(viewer.get("/api/v1/initiatives?objectiveId=" + unseenObjective))).isEmpty();
        assertThat(names(admin.get("/api/v1/initiatives?scorecardId=" + seen + "&objectiveId=" + unseenObjective))).isEmpty();
    }

    private long objective(long scorecard, String code) {
        Number perspective = admin.get("/api/v1/perspectives?scorecardId=" + scorecard).json("$.items[0].id");
        return created(admin.post("/api/v1/objectives", "{\"perspectiveId\": " + perspective + ", \"code\": \"" + code
                + "\", \"name\": \"Objective " + code + "\"}"));
    }

    private void initiative(long objective, String name, String status) {
        created(admin.post("/api/v1/initiatives", "{\"objectiveId\": " + objective + ", \"name\": \"" + name
                + "\", \"status\": \"" + status + "\"}"));
    }

    private static List<String> names(Api.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json("$.items[*].name");
    }

    private static long created(Api.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.id();
    }
}
