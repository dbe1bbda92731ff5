package dev.fourfold.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.Actor;
import dev.fourfold.support.TestClock;
import dev.fourfold.support.WebhookReceiver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Failed deliveries are tried again later, waiting twice as long after every failure, and given up after the last
 * attempt. The poller is driven with the time passed in ({@link TestClock#NOW} and later), so nothing waits.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class DeliveryRetryTests {

    private static final Instant NOW = TestClock.NOW;

    @Autowired
    Webhooks webhooks;

    @Autowired
    DeliveryPoller poller;

    private WebhookSubscription subscribe(String url) {
        return webhooks.create(new Webhooks.Draft(url, List.of("period.locked"), null, true, "retry test"),
                Actor.system()).subscription();
    }

    /** The newest delivery once the scheduled poll or this test has attempted it {@code attempts} times. */
    private WebhookDelivery attempted(long subscription, int attempts) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        WebhookDelivery d = webhooks.deliveries(subscription, Actor.system()).get(0);
        while (d.attempts() < attempts && System.nanoTime() < end) {
            poller.deliverDue(NOW);
            d = webhooks.deliveries(subscription, Actor.system()).get(0);
        }
        return d;
    }

    @Test
    void triesAFailedDeliveryAgainAfterAMinuteThenTwoAndDeliversItWhenTheReceiverAnswers() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answer(503);
            WebhookSubscription s = subscribe(receiver.url("/flaky"));
            webhooks.sendTest(s.id(), Actor.system());

            WebhookDelivery first = attempted(s.id(), 1);
            assertThat(first.status()).isEqualTo("pending");
            assertThat(first.lastStatus()).isEqualTo(503);
            assertThat(first.lastResponse()).startsWith("received");
            assertThat(first.nextAttemptAt()).isBetween(NOW.plusSeconds(60), NOW.plusSeconds(75));

            poller.deliverDue(NOW.plusSeconds(59));
            assertThat(webhooks.deliveries(s.id(), Actor.system()).get(0).attempts()).as("not due before its time")
                    .isEqualTo(1);
            poller.deliverDue(first.nextAttemptAt());
            WebhookDelivery second = attempted(s.id(), 2);
            assertThat(second.attempts()).isEqualTo(2);
            assertThat(second.nextAttemptAt()).isBetween(first.nextAttemptAt().plusSeconds(120),
                    first.nextAttemptAt().plusSeconds(150));

            receiver.answer(200);
            poller.deliverDue(second.nextAttemptAt());
            WebhookDelivery third = webhooks.deliveries(s.id(), Actor.system()).get(0);
            assertThat(third.status()).isEqualTo("delivered");
            assertThat(third.attempts()).isEqualTo(3);
            assertThat(third.lastStatus()).isEqualTo(200);
            assertThat(third.nextAttemptAt()).isNull();
            assertThat(receiver.received()).hasSize(3).extracting(r -> r.header("Fourfold-Delivery")).containsOnly(
                    Long.toString(third.id()));
            webhooks.delete(s.id(), null, Actor.system());
        }
    }

    @Test
    void givesUpAfterTheLastAttemptWhenTheReceiverIsDown() {
        int port;
        try (WebhookReceiver closed = WebhookReceiver.start()) {
            port = closed.port();
        }
        WebhookSubscription s = subscribe("http://127.0.0.1:" + port + "/down");
        webhooks.sendTest(s.id(), Actor.system());
        WebhookDelivery d = attempted(s.id(), 1);
        assertThat(d.lastStatus()).isNull();
        assertThat(d.lastError()).contains("ConnectException");
        for (int day = 1; day <= 12; day++) {
            poller.deliverDue(NOW.plus(Duration.ofDays(day)));
        }
        WebhookDelivery last = webhooks.deliveries(s.id(), Actor.system()).get(0);
        assertThat(last.status()).isEqualTo("failed");
        assertThat(last.attempts()).isEqualTo(10);
        assertThat(last.nextAttemptAt()).isNull();
        webhooks.delete(s.id(), null, Actor.system());
    }
}
