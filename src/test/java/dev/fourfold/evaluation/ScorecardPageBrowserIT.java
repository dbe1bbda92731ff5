package dev.fourfold.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.measurement.ActualService;
import dev.fourfold.shared.Actor;
import dev.fourfold.support.Browser;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The scorecard dashboard in a real browser: the demo's Services scorecard, its picker, views and live updates. */
class ScorecardPageBrowserIT extends Browser {

    @Autowired
    ActualService actuals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsEveryKpiWithItsStatusShapeWordSparklineAndWhyTheGappyOneHasNoScore() {
        signIn("viewer", DEMO_PASSWORD);
        open("/");
        submit(By.partialLinkText("Services scorecard"));
        assertThat(currentPath()).startsWith("/scorecards/");
        assertThat(driver.findElements(By.cssSelector("tr[data-kpi]"))).hasSize(15);
        assertThat(text(By.cssSelector("tr[data-kpi='S_PICKUP']"))).as("a daily KPI over the month").contains("%");
        assertThat(text(By.cssSelector("tr[data-kpi='S_CLOSED']"))).as("a weekly KPI over the month").contains("tickets");
        assertThat(text(By.cssSelector("tr[data-kpi='S_IDEAS']"))).contains("No score", "no actual");
        assertThat(text(By.cssSelector("tr[data-kpi='S_RESPONSE']"))).contains("■", "Red");
        assertThat(text(By.cssSelector("tr[data-kpi='S_FCR']"))).contains("awaits approval");
        assertThat(find(By.cssSelector("tr[data-kpi='S_REV'] .status-mark")).getCssValue("color"))
                .isNotIn("rgba(0, 0, 0, 0)", "rgb(33, 37, 41)");
        assertThat(driver.findElements(By.cssSelector("tr[data-kpi='S_REV'] svg.sparkline polyline"))).isNotEmpty();
        assertThat(find(By.cssSelector("tr[data-kpi='S_REV'] svg.sparkline")).getDomAttribute("aria-label"))
                .startsWith("Actual in the last 12 periods");
        assertThat(driver.findElements(By.cssSelector("a[href]"))).extracting(a -> a.getDomAttribute("href"))
                .as("pages link to pages: the API answers a browser session with 401")
                .noneMatch(href -> href.startsWith("/api"));
        Object download = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + t.substring(0, 10))));",
                find(By.linkText("Download as file")).getDomAttribute("href"));
        assertThat(download).isEqualTo("200 version: 1");
        assertNoConsoleErrors();
        screenshot("scorecard");
        phoneScreenshot("scorecard-phone");
        assertThat(pageOverflowAt390()).as("no sideways scrolling on a phone").isZero();
    }

    @Test
    void picksQuartersWeeksAndViewsWithoutTypingPeriodKeys() {
        signIn("viewer", DEMO_PASSWORD);
        open("/scorecards/3?period=2026-08");
        submit(By.cssSelector("#period-kinds a[data-kind='quarterly']"));
        assertThat(find(By.id("period")).getDomProperty("value")).isEqualTo("2026-Q3");
        assertThat(text(By.cssSelector("tr[data-kpi='S_RETENTION']"))).doesNotContain("shorter than");
        submit(By.cssSelector("#period-kinds a[data-kind='weekly']"));
        assertThat(find(By.id("period")).getDomAttribute("type")).isEqualTo("week");
        assertThat(find(By.id("period")).getDomProperty("value")).as("the last week counted in Q3").isEqualTo("2026-W39");
        assertThat(text(By.cssSelector("tr[data-kpi='S_CLOSED']"))).as("a weekly KPI at a week").contains("tickets");
        submit(By.id("previous-period"));
        assertThat(find(By.id("period")).getDomProperty("value")).isEqualTo("2026-W38");
        submit(By.cssSelector("#period-kinds a[data-kind='quarterly']"));
        submit(By.id("next-period"));
        assertThat(find(By.id("period")).getDomProperty("value")).isEqualTo("2026-Q4");
        submit(By.cssSelector("#period-kinds a[data-kind='monthly']"));
        find(By.id("view")).sendKeys("Year to date", Keys.TAB); // the select applies itself on change
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> currentPath().contains("view=ytd"));
        assertThat(text(By.id("dashboard"))).contains("Year to date");
        open("/scorecards/3?period=2026-13");
        assertThat(text(By.id("period-error"))).contains("is not a period");
        assertNoConsoleErrors();
        screenshot("scorecard-week-and-error");
    }

    @Test
    void takesInAValueRecordedElsewhereWithoutReloading() {
        signIn("viewer", DEMO_PASSWORD);
        open("/scorecards/3?period=2026-10");
        String before = text(By.cssSelector("tr[data-kpi='S_REV'] td[data-label='Actual']"));
        driver.executeScript("window.notReloaded = true;");
        long kpi = jdbc.sql("select id from kpi where code = 'S_REV'").query(Long.class).single();
        actuals.recordAll(java.util.List.of(new ActualService.Item(kpi, null, "2026-10", new BigDecimal("123456.7"),
                "from another user", null, null)), Actor.system());

        new WebDriverWait(driver, Duration.ofSeconds(25))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // the rows are swapped in place
                .until(d -> text(By.cssSelector(
                "tr[data-kpi='S_REV'] td[data-label='Actual']")).contains("123,456.7"));
        assertThat(before).doesNotContain("123,456.7");
        assertThat(driver.executeScript("return window.notReloaded === true")).as("updated in place").isEqualTo(true);
        assertNoConsoleErrors();
    }

    private long pageOverflowAt390() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            return ((Number) driver.executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }
}
