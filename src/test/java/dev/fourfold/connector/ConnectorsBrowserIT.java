package dev.fourfold.connector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Browser;
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
        Erp.sql("insert into revenue values ('2026-11-05', 1234.5)");
        signIn("admin", DEMO_PASSWORD);
        open("/connectors");
        submit(By.id("new-connector"));
        type(By.id("name"), "ERP revenue (browser)");
        find(By.id("jdbcUrl")).clear();
        type(By.id("jdbcUrl"), Erp.url());
        type(By.id("username"), "erp_reader");
        type(By.id("kpiCode-0"), "S_REV");
        type(By.id("sql-0"), "select sum(amount) from revenue where booked_on between :periodStart and :periodEnd");
        screenshot("connector-new");
        submit(By.id("save-connector"));

        assertThat(currentPath()).matches("/connectors/\\d+");
        assertThat(text(By.id("no-runs"))).contains("No run yet");
        submit(By.id("test-connector"));
        assertThat(text(By.id("test-values"))).contains("S_REV", "2026-11", "new");
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
