package dev.fourfold.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.fourfold.support.Api;
import dev.fourfold.support.TestClock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Statuses that change without a value being written: a deleted value takes its KPI's status back to none, and an
 * approval brings a pending value, and its status, into the scores.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
@TestPropertySource(properties = StatusFixture.OWN_DATABASE)
class StatusReviewAndDeletionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Webhooks webhooks;

    @Autowired
    StatusChecker checker;

    @Autowired
    JdbcClient jdbc;

    private Api api;
    private StatusFixture fixture;

    @BeforeEach
    void emptyTheQueue() {
        api = new Api(mvc);
        fixture = new StatusFixture(api, jdbc, checker, webhooks);
        fixture.checkAll();
    }

    @Test
    void announcesTheChangeBackToNoneWhenAValueIsDeleted() {
        StatusFixture.Card card = fixture.card();
        Api.Answer value = fixture.value(card, "2026-02", "50", "");
        fixture.checkAll();
        assertThat(fixture.known(card.kpi(), "2026-02")).isEqualTo("red");
        long subscription = fixture.subscribe(card.scorecard(), "/deleted");
        try {
            assertThat(api.delete("/api/v1/actuals/" + value.id() + "?version=" + value.version()).status())
                    .isEqualTo(204);
            fixture.checkAll();

            assertThat(fixture.payloads(subscription)).singleElement().satisfies(p -> assertThat(
                    JsonPath.<Map<String, Object>>read(p, "$.data.changes[0]")).containsEntry("from", "red")
                    .containsEntry("to", "none").containsEntry("score", null).containsEntry("actual", null));
            assertThat(fixture.known(card.kpi(), "2026-02")).as("none is no row").isNull();
        } finally {
            fixture.unsubscribe(subscription);
        }
    }

    @Test
    void announcesTheStatusThatAnApprovalBrings() {
        StatusFixture.Card card = fixture.card();
        Api.Answer pending = fixture.value(card, "2026-01", "120", ", \"state\": \"pending\"");
        fixture.checkAll();
        assertThat(fixture.known(card.kpi(), "2026-01")).as("a pending value does not count yet").isNull();
        long subscription = fixture.subscribe(card.scorecard(), "/approved");
        try {
            assertThat(api.post("/api/v1/actuals/" + pending.id() + "/approve", "{}").status()).isEqualTo(200);
            fixture.checkAll();

            assertThat(fixture.payloads(subscription)).singleElement().satisfies(p -> assertThat(
                    JsonPath.<Map<String, Object>>read(p, "$.data.changes[0]")).containsEntry("from", "none")
                    .containsEntry("to", "green").containsEntry("actual", 120));
        } finally {
            fixture.unsubscribe(subscription);
        }
    }
}
