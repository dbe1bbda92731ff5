package dev.fourfold.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.FourfoldApplication;
import dev.fourfold.shared.Actor;
import dev.fourfold.support.WebhookReceiver;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A delivery whose receiver was down when the server stopped is still in the outbox when the server starts again,
 * and the new server delivers it: the server is started, stopped and started again on the same database file
 * (closed when the first server stops, as a real restart closes it).
 */
class DeliveryAfterRestartTests {

    private static ConfigurableApplicationContext server(String database, String pollInterval) {
        return new SpringApplicationBuilder(FourfoldApplication.class).profiles("test").run(
                "--spring.datasource.url=jdbc:h2:file:./target/restart/" + database
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--fourfold.demo.enabled=false", "--server.port=0",
                "--fourfold.webhooks.poll-interval=" + pollInterval);
    }

    @Test
    void deliversAfterARestartWhatWasPendingWhenTheServerStopped() {
        String database = "restart" + System.nanoTime();
        int port;
        try (WebhookReceiver down = WebhookReceiver.start()) {
            port = down.port();
        }
        long subscription;
        try (ConfigurableApplicationContext first = server(database, "200ms")) {
            Webhooks webhooks = first.getBean(Webhooks.class);
            subscription = webhooks.create(new Webhooks.Draft("http://127.0.0.1:" + port + "/hook",
                    List.of("value.recorded"), null, true, null), Actor.system()).subscription().id();
            webhooks.sendTest(subscription, Actor.system());
            awaitAttempts(webhooks, subscription);
            assertThat(webhooks.deliveries(subscription, Actor.system()).get(0).status()).isEqualTo("pending");
        }

        try (WebhookReceiver receiver = WebhookReceiver.startOn(port);
             ConfigurableApplicationContext second = server(database, "200ms")) {
            second.getBean(DeliveryPoller.class).deliverDue(java.time.Instant.now().plus(Duration.ofMinutes(2)));
            WebhookReceiver.Received r = receiver.await(x -> "ping".equals(x.header("Fourfold-Event")),
                    Duration.ofSeconds(20));
            assertThat(r.body()).contains("\"subscriptionId\":" + subscription);
            WebhookDelivery d = second.getBean(Webhooks.class).deliveries(subscription, Actor.system()).get(0);
            assertThat(d.status()).isEqualTo("delivered");
            assertThat(d.attempts()).isEqualTo(2);
        }
    }

    private static void awaitAttempts(Webhooks webhooks, long subscription) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (webhooks.deliveries(subscription, Actor.system()).get(0).attempts() < 1 && System.nanoTime() < end) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(webhooks.deliveries(subscription, Actor.system()).get(0).attempts()).isEqualTo(1);
    }
}
