package dev.fourfold.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import dev.fourfold.shared.Actor;
import dev.fourfold.support.Api;
import dev.fourfold.support.TestClock;
import dev.fourfold.support.WebhookReceiver;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A KPI's status at a period is watched: a write queues its scorecard periods in its own transaction, and a check
 * compares the statuses there with the ones last known and announces the changes as {@code status.changed}. The
 * checks are called here with the time passed in (the test profile's watcher waits an hour between checks), after
 * each test's writes and before it, so that nothing queued by others is announced to its subscriptions.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
@TestPropertySource(properties = StatusFixture.OWN_DATABASE)
class StatusChangeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Webhooks webhooks;

    @Autowired
    StatusChecker checker;

    @Autowired
    JdbcClient jdbc;

    private StatusFixture fixture;

    @BeforeEach
    void emptyTheQueue() {
        fixture = new StatusFixture(new Api(mvc), jdbc, checker, webhooks);
        fixture.checkAll();
    }

    @Test
    void announcesTheFirstStatusOfAKpiAtAPeriodAsChangedFromNone() {
        StatusFixture.Card card = fixture.card();
        long subscription = fixture.subscribe(card.scorecard(), "/first");
        try {
            fixture.record(card, "2026-10", "50");
            fixture.checkAll();

            List<String> sent = fixture.payloads(subscription);
            assertThat(sent).hasSize(1);
            String p = sent.get(0);
            assertThat(JsonPath.<String>read(p, "$.event")).isEqualTo("status.changed");
            assertThat(JsonPath.<String>read(p, "$.actor")).isEqualTo("system");
            assertThat(JsonPath.<String>read(p, "$.occurredAt")).isEqualTo(TestClock.NOW.toString());
            assertThat(JsonPath.<Map<String, Object>>read(p, "$.data")).containsEntry("scorecardId", (int) card.scorecard())
                    .containsEntry("period", "2026-10").containsEntry("view", "period").containsEntry("part", 1)
                    .containsEntry("parts", 1);
            assertThat(JsonPath.<List<Map<String, Object>>>read(p, "$.data.changes")).singleElement().satisfies(c ->
                    assertThat(c).containsEntry("kpiId", (int) card.kpi()).containsEntry("kpiCode", card.code())
                            .containsEntry("kpiName", card.code() + " name").containsEntry("from", "none")
                            .containsEntry("to", "red").containsEntry("score", 50).containsEntry("actual", 50)
                            .containsEntry("target", 100));
        } finally {
            fixture.unsubscribe(subscription);
        }
    }

    @Test
    void sendsOneSignedStatusChangedWhenARecordedValueTurnsAKpiRed() throws Exception {
        StatusFixture.Card card = fixture.card();
        fixture.record(card, "2026-09", "120");
        fixture.checkAll();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Webhooks.CreatedWebhook created = webhooks.create(new Webhooks.Draft(receiver.url("/status"),
                    List.of("status.changed", "value.recorded"), card.scorecard(), true, null), Actor.system());
            try {
                fixture.record(card, "2026-09", "61.5");
                fixture.checkAll();

                WebhookReceiver.Received r = receiver.await(x -> "status.changed".equals(x.header("Fourfold-Event")),
                        Duration.ofSeconds(20));
                String t = r.header("Fourfold-Signature").replaceAll("^t=(\\d+),.*$", "$1");
                assertThat(r.header("Fourfold-Signature"))
                        .isEqualTo(Signature.header(created.secret(), Long.parseLong(t), r.body()));
                assertThat(JsonPath.<List<String>>read(r.body(), "$.data.changes[*].from")).containsExactly("green");
                assertThat(JsonPath.<List<String>>read(r.body(), "$.data.changes[*].to")).containsExactly("red");
                assertThat(JsonPath.<List<Double>>read(r.body(), "$.data.changes[*].actual")).containsExactly(61.5);
                assertThat(fixture.payloads(created.subscription().id())).hasSize(1);
            } finally {
                webhooks.delete(created.subscription().id(), null, Actor.system());
            }
        }
    }

    @Test
    void announcesNothingWhenAValueLeavesTheStatusAsItWas() {
        StatusFixture.Card card = fixture.card();
        fixture.record(card, "2026-08", "120");
        fixture.checkAll();
        long subscription = fixture.subscribe(card.scorecard(), "/same");
        try {
            fixture.record(card, "2026-08", "130");
            fixture.checkAll();

            assertThat(fixture.payloads(subscription)).isEmpty();
            assertThat(fixture.queued(card.scorecard())).isZero();
        } finally {
            fixture.unsubscribe(subscription);
        }
    }

    @Test
    void announcesTheChangeBackWhenAValueIsChangedBack() {
        StatusFixture.Card card = fixture.card();
        long subscription = fixture.subscribe(card.scorecard(), "/back");
        try {
            for (String value : new String[] {"120", "50", "125"}) {
                fixture.record(card, "2026-07", value);
                fixture.checkAll();
            }

            assertThat(fixture.payloads(subscription)).extracting(p -> JsonPath.<String>read(p, "$.data.changes[0].from")
                    + " → " + JsonPath.<String>read(p, "$.data.changes[0].to"))
                    .containsExactly("none → green", "green → red", "red → green");
            assertThat(fixture.known(card.kpi(), "2026-07")).isEqualTo("green");
        } finally {
            fixture.unsubscribe(subscription);
        }
    }

    @Test
    void announcesTheChangeThatARevisedTargetMakes() {
        StatusFixture.Card card = fixture.card();
        fixture.record(card, "2026-07", "120");
        fixture.checkAll();
        long subscription = fixture.subscribe(card.scorecard(), "/target");
        try {
            fixture.target(card, "2026-07", "200");
            fixture.checkAll();

            assertThat(fixture.payloads(subscription)).singleElement().satisfies(p -> assertThat(
                    JsonPath.<Map<String, Object>>read(p, "$.data.changes[0]")).containsEntry("from", "green")
                    .containsEntry("to", "red").containsEntry("score", 60).containsEntry("target", 200));
        } finally {
            fixture.unsubscribe(subscription);
        }
    }

    @Test
    void announcesTheChangesThatAKpisNewDefinitionMakesAtEveryPeriodWithValues() {
        StatusFixture.Card card = fixture.card();
        fixture.record(card, "2026-07", "120");
        fixture.record(card, "2026-08", "250");
        fixture.checkAll();
        long subscription = fixture.subscribe(card.scorecard(), "/definition");
        try {
            fixture.defaultTarget(card, "200");
            fixture.checkAll();

            assertThat(fixture.payloads(subscription)).singleElement().satisfies(p -> {
                assertThat(JsonPath.<String>read(p, "$.data.period")).isEqualTo("2026-07");
                assertThat(JsonPath.<Map<String, Object>>read(p, "$.data.changes[0]")).containsEntry("from", "green")
                        .containsEntry("to", "red").containsEntry("target", 200);
            });
            assertThat(fixture.known(card.kpi(), "2026-08")).isEqualTo("green");
        } finally {
            fixture.unsubscribe(subscription);
        }
    }

    @Test
    void announcesNothingWhenAChangeIsUndoneBeforeTheNextCheck() {
        StatusFixture.Card card = fixture.card();
        fixture.record(card, "2026-06", "120");
        fixture.checkAll();
        long subscription = fixture.subscribe(card.scorecard(), "/undone");
        try {
            fixture.record(card, "2026-06", "50");
            fixture.record(card, "2026-06", "120");
            assertThat(fixture.queued(card.scorecard())).as("one row per write").isEqualTo(2);
            fixture.checkAll();

            assertThat(fixture.payloads(subscription)).isEmpty();
        } finally {
            fixture.unsubscribe(subscription);
        }
    }

    @Test
    void sendsNothingToASubscriptionForAnotherScorecard() {
        StatusFixture.Card card = fixture.card();
        StatusFixture.Card other = fixture.card();
        long subscription = fixture.subscribe(other.scorecard(), "/other");
        long all = fixture.subscribe(null, "/all");
        try {
            fixture.record(card, "2026-05", "50");
            fixture.checkAll();

            assertThat(fixture.payloads(subscription)).isEmpty();
            assertThat(fixture.payloads(all)).extracting(p -> JsonPath.<Integer>read(p, "$.data.scorecardId"))
                    .containsExactly((int) card.scorecard());
        } finally {
            fixture.unsubscribe(subscription);
            fixture.unsubscribe(all);
        }
    }

    @Test
    void offersStatusChangedAmongTheEventsOfANewWebhookInEnglishAndGerman() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            MockHttpServletResponse page = mvc.perform(get("/webhooks").with(user("admin")).locale(locale)).andReturn()
                    .getResponse();
            assertThat(page.getStatus()).isEqualTo(200);
            assertThat(page.getContentAsString()).contains("value=\"status.changed\"",
                    locale == Locale.GERMAN ? "Status geändert" : "Status changed");
        }
    }

}
