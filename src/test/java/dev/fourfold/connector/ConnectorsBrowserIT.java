package dev.fourfold.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.fourfold.support.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An administrator connects the ERP (a second PostgreSQL database) through the pages: defines a connector with a
 * KPI query, tests it, runs it now and reads the run in the history; the pages fit a phone.
 */
class ConnectorsBrowserIT extends Browser {

    @Test
    void definesTestsAndRunsAConnectorThroughThePages() {
        String kpi = newKpi();
        Erp.sql("insert into revenue values ('" + kpi + "', '2026-11-05', 1234.5)");
        signIn("admin", DEMO_PASSWORD);
        open("/connectors");
        submit(By.id("new-connector"));
        type(By.id("name"), "ERP revenue (browser)");
        find(By.id("jdbcUrl")).clear();
        type(By.id("jdbcUrl"), Erp.url());
        type(By.id("username"), "erp_reader");
        type(By.id("kpiCode-0"), kpi);
        type(By.id("sql-0"), ConnectorContext.revenue(kpi));
        screenshot("connector-new");
        submit(By.id("save-connector"));

        assertThat(currentPath()).matches("/connectors/\\d+");
        assertThat(text(By.id("no-runs"))).contains("No run yet");
        submit(By.id("test-connector"));
        assertThat(text(By.id("test-values"))).contains(kpi, "2026-11", "new");
        screenshot("connector-test");
        submit(By.id("run-connector"));

        assertThat(text(By.id("notice"))).contains("Run finished");
        assertThat(text(By.id("runs"))).contains("by hand", "ok");
        screenshot("connector-runs");
        assertNoConsoleErrors();
        phoneScreenshot("connector-runs-phone");
        assertFitsAPhone();
        open("/connectors");
        assertThat(text(By.id("connectors"))).contains("ERP revenue (browser)");
        assertFitsAPhone();
    }

    /** A new KPI in a unit of its own, made through the API, so the demo company's values stay as they are. */
    private String newKpi() {
        String code = "BX_" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(java.util.Locale.ROOT);
        long unit = id(post("/api/v1/units", "{\"name\": \"Unit " + code + "\"}"));
        long scorecard = id(post("/api/v1/scorecards", "{\"unitId\": " + unit + ", \"name\": \"Scorecard\"}"));
        String perspectives = send(HttpRequest.newBuilder(uri("/api/v1/perspectives?scorecardId=" + scorecard)).GET());
        long perspective = ((Number) JsonPath.read(perspectives, "$.items[0].id")).longValue();
        long objective = id(post("/api/v1/objectives", "{\"perspectiveId\": " + perspective
                + ", \"code\": \"OBJ\", \"name\": \"Grow\"}"));
        id(post("/api/v1/kpis", "{\"objectiveId\": " + objective + ", \"code\": \"" + code + "\", \"name\": \"" + code + "\"}"));
        return code;
    }

    private String post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private String send(HttpRequest.Builder request) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request.header("Authorization", "Basic " + basic)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isLessThan(300);
            return answer.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private void assertFitsAPhone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            driver.navigate().refresh();
            Object fits = driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
            assertThat(fits).as("no sideways scroll at 390 px").isEqualTo(true);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
