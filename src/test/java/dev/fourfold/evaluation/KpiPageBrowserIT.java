package dev.fourfold.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.kpi.KpiService;
import dev.fourfold.support.Browser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The KPI page in a real browser: the demo's group revenue with its chart drawn, its history, its forecast's odds
 * of the year's target and why it has its colour, on a desktop and on a phone, in English and in German.
 */
class KpiPageBrowserIT extends Browser {

    @Autowired
    KpiService kpis;

    @Autowired
    JdbcClient jdbc;

    private long revenue() {
        return kpis.findByCode("REV").orElseThrow().id();
    }

    @Test
    void drawsTheChartOfRevenueWithItsHistoryOutlookAndWhyItHasItsColour() {
        signIn("viewer", DEMO_PASSWORD);
        open("/kpis/" + revenue());
        awaitChart();
        assertThat(text(By.cssSelector("h1"))).contains("Revenue");
        List<WebElement> rows = driver.findElements(By.cssSelector("#kpi-history tbody tr"));
        assertThat(rows).hasSize(24);
        assertThat(rows.get(0).getText()).as("the latest month with a value comes first").contains("2026-10");
        assertThat(text(By.id("kpi-probability"))).matches("\\d{1,3}%");
        assertThat(text(By.id("kpi-outlook"))).contains("probability of meeting the year-end target");
        assertThat(driver.findElements(By.cssSelector(".kpi-why")).get(0).getText())
                .startsWith("Actual ").contains("against target", "scoring gives", "because");
        assertThat(driver.findElements(By.cssSelector("a[href]"))).extracting(a -> a.getDomAttribute("href"))
                .noneMatch(href -> href.startsWith("/api"));
        assertNoConsoleErrors();
        screenshot("kpi");
        assertPrintsWithoutTheMenu();
        assertFitsAPhone();
        assertNoConsoleErrors();
    }

    @Test
    void choosesAnEarlierPeriodAndShowsItInGermanWithDecimalCommas() {
        signIn("viewer", DEMO_PASSWORD);
        open("/kpis/" + revenue() + "?period=2026-03");
        awaitChart();
        assertThat(find(By.id("period")).getDomProperty("value")).isEqualTo("2026-03");
        assertThat(text(By.id("status-title"))).contains("2026-03");
        try {
            chooseLanguage("de");
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> text(By.id("why-title")).startsWith("Warum"));
            awaitChart();
            assertThat(text(By.cssSelector("#kpi-history tbody tr td[data-label='Bewertung']"))).matches(".*\\d,\\d");
            assertThat(driver.findElements(By.cssSelector(".kpi-why")).get(0).getText()).startsWith("Ist ");
            assertNoConsoleErrors();
            screenshot("kpi-german");
            open("/kpis/" + revenue() + "?period=2026-13");
            assertThat(text(By.id("period-error"))).contains("„2026-13“");
        } finally {
            chooseLanguage("en"); // the choice is kept per user, and other browser tests sign in as viewer too
        }
    }

    private void chooseLanguage(String language) {
        WebElement html = driver.findElement(By.tagName("html"));
        new Select(find(By.id("language"))).selectByValue(language);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !html.equals(d.findElement(By.tagName("html")))
                && language.equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
    }

    @Test
    void drawsThePageOfEveryDemoKpiWhateverItsFrequencyFormulaOrThresholds() {
        signIn("admin", DEMO_PASSWORD);
        List<Map<String, Object>> all = jdbc.sql("select id, code from kpi where retired = false order by id").query()
                .listOfRows();
        assertThat(all).hasSizeGreaterThan(30);
        for (Map<String, Object> kpi : all) {
            open("/kpis/" + kpi.get("id"));
            assertThat(driver.findElements(By.id("error"))).as("%s has a page", kpi.get("code")).isEmpty();
            awaitChart();
            assertThat(driver.findElements(By.cssSelector("#kpi-history tbody tr"))).as("%s", kpi.get("code"))
                    .isNotEmpty();
            assertNoConsoleErrors();
            if (List.of("NPS", "S_PICKUP", "M_DEFECT_RATE", "S_RETENTION").contains(kpi.get("code"))) {
                screenshot("kpi-" + kpi.get("code"));
            }
        }
    }

    @Test
    void answersNotFoundForAnUnknownKpi() {
        signIn("viewer", DEMO_PASSWORD);
        open("/kpis/999999");
        assertThat(text(By.id("error"))).contains("404");
    }

    /** ECharts has drawn: its canvas is inside the chart element and has a size. */
    private void awaitChart() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#kpi-chart canvas"))
                .isEmpty() && d.findElement(By.cssSelector("#kpi-chart canvas")).getSize().getWidth() > 100);
    }

    /** As printed: no menu or period controls, the chart redrawn to the paper's width. */
    private void assertPrintsWithoutTheMenu() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(find(By.cssSelector("nav.navbar")).isDisplayed()).isFalse();
            assertThat(find(By.id("period-form")).isDisplayed()).isFalse();
            assertThat(find(By.id("kpi-chart")).isDisplayed()).isTrue();
            screenshot("kpi-print");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** At 390 px the chart redraws to the width, nothing scrolls sideways, and the page is photographed so. */
    private void assertFitsAPhone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> ((Number) driver.executeScript(
                "const c = document.querySelector('#kpi-chart canvas');"
                        + "return c.getBoundingClientRect().right <= document.getElementById('kpi-chart')"
                        + ".getBoundingClientRect().right + 1 ? 1 : 0")).intValue() == 1);
        Object fits = driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("nothing scrolls sideways at 390 px").isEqualTo(true);
        phoneScreenshot("kpi-phone");
    }
}
