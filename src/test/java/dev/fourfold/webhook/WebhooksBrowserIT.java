package dev.fourfold.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Browser;
import dev.fourfold.support.WebhookReceiver;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** An administrator adds a webhook, copies its secret, sends a test event and reads the delivery log. */
class WebhooksBrowserIT extends Browser {

    @Test
    void addsAWebhookSendsATestEventAndShowsItsDelivery() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            driver.manage().window().setSize(new Dimension(1366, 900));
            signIn("admin", DEMO_PASSWORD);
            open("/webhooks");
            type(By.id("url"), "ftp://nowhere.example.com/");
            submit(By.cssSelector("#webhook-form button[type=submit]"));
            assertThat(text(By.id("url-error"))).startsWith("Must be an absolute http or https URL");
            assertThat(find(By.id("url")).getAttribute("value")).isEqualTo("ftp://nowhere.example.com/");
            assertNoConsoleErrors();
            phoneScreenshot("webhooks-refused-phone");

            type(By.id("url"), receiver.url("/browser"));
            type(By.id("description"), "Warehouse loader");
            find(By.id("event-target.revised")).click();
            submit(By.cssSelector("#webhook-form button[type=submit]"));
            String secret = find(By.id("webhook-secret")).getAttribute("value");
            assertThat(secret).startsWith("whsec_");
            screenshot("webhooks-created");

            submit(By.id("send-test"));
            assertThat(text(By.id("webhook-queued"))).contains("test event");
            WebhookReceiver.Received ping = receiver.await(r -> "ping".equals(r.header("Fourfold-Event")),
                    Duration.ofSeconds(20));
            assertThat(ping.header("Fourfold-Signature")).startsWith("t=");
            open(currentPath());
            assertThat(text(By.cssSelector("#deliveries .delivery-status"))).isIn("✓ delivered", "↻ pending");
            if (!text(By.cssSelector("#deliveries .delivery-status")).contains("delivered")) {
                open(currentPath());
            }
            assertThat(text(By.cssSelector("#deliveries .delivery-status"))).isEqualTo("✓ delivered");
            assertThat(text(By.cssSelector("#deliveries .delivery-code"))).isEqualTo("204");
            assertNoConsoleErrors();
            screenshot("webhook-deliveries");
            assertFitsAPhone();
            phoneScreenshot("webhook-deliveries-phone");

            submit(By.id("rotate-secret"));
            String rotated = find(By.id("webhook-secret")).getAttribute("value");
            assertThat(rotated).startsWith("whsec_").isNotEqualTo(secret);
            assertThat(text(By.id("secret-rotated"))).contains("update your receiver");
            assertNoConsoleErrors();
            screenshot("webhook-secret-rotated");
            assertFitsAPhone();
            phoneScreenshot("webhook-secret-rotated-phone");

            open("/webhooks");
            assertThat(text(By.id("webhooks"))).contains(receiver.url("/browser"), "Warehouse loader");
            assertFitsAPhone();
            phoneScreenshot("webhooks-phone");
            screenshot("webhooks");
            assertNoConsoleErrors();

            find(By.cssSelector("#webhooks a[href^='/webhooks/']")).click();
            submit(By.id("delete-webhook"));
            assertThat(text(By.id("webhook-deleted"))).contains("deleted");
        }
    }

    private void assertFitsAPhone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            Object fits = driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
            assertThat(fits).as("nothing scrolls sideways at 390 px").isEqualTo(true);
            Object tables = driver.executeScript("return [...document.querySelectorAll('.table-responsive')]"
                    + ".every(e => e.scrollWidth <= e.clientWidth)");
            assertThat(tables).as("no table scrolls sideways at 390 px").isEqualTo(true);
            Object small = driver.executeScript("return [...document.querySelectorAll('main button, main select, "
                    + "main input, main .form-check')].filter(e => e.offsetParent && e.type !== 'checkbox' "
                    + "&& e.getBoundingClientRect().height < 44).length");
            assertThat(((Number) small).intValue()).as("tap targets of at least 44 px").isZero();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
