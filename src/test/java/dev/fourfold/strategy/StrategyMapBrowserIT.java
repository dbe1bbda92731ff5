package dev.fourfold.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Browser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The strategy map in a real browser: the group's objectives in their bands with their arrows, a box dragged by the
 * scorecard's owner staying where it was dropped, the PNG drawn from the SVG, and a box opening its objective's page.
 */
class StrategyMapBrowserIT extends Browser {

    @Autowired
    JdbcClient jdbc;

    @Test
    void arrangesTheGroupsMapAndOpensAnObjectiveFromIt() {
        signIn("owner", DEMO_PASSWORD);
        open("/scorecards/" + group() + "/map?period=2026-10");
        assertThat(driver.findElements(By.cssSelector("#strategy-map .map-box"))).hasSize(11);
        assertThat(driver.findElements(By.cssSelector("#strategy-map .map-link:not([visibility=hidden])"))).hasSize(13);
        assertThat(driver.findElements(By.cssSelector("#strategy-map .map-band"))).hasSize(4);
        assertThat(text(By.id("map-list"))).contains("F1 Grow revenue", "Driven by");
        screenshot("strategy-map");
        assertNoHorizontalScrollOnAPhone();
        phoneScreenshot("strategy-map-phone");

        WebElement grow = box("F1");
        String before = grow.getDomAttribute("data-x");
        new Actions(driver).clickAndHold(grow).moveByOffset(-120, 8).release().perform();
        await(() -> text(By.id("map-status")).equals("Position saved."));
        String after = box("F1").getDomAttribute("data-x");
        assertThat(after).isNotEqualTo(before);
        assertThat(currentPath()).as("a drop does not open the objective").contains("/map");

        open("/scorecards/" + group() + "/map?period=2026-10");
        assertThat(box("F1").getDomAttribute("data-x")).as("kept after a reload").isEqualTo(after);

        WebElement loyal = box("C2");
        int x = Integer.parseInt(loyal.getDomAttribute("data-x"));
        driver.executeScript("arguments[0].focus()", loyal);
        driver.executeScript("document.getElementById('map-status').textContent = ''");
        new Actions(driver).sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT).perform();
        await(() -> text(By.id("map-status")).equals("Position saved."));
        assertThat(box("C2").getDomAttribute("data-x")).as("moved from the keyboard").isEqualTo(String.valueOf(x - 30));
        open("/scorecards/" + group() + "/map?period=2026-10");
        assertThat(box("C2").getDomAttribute("data-x")).isEqualTo(String.valueOf(x - 30));

        exportsThePng();
        assertNoConsoleErrors();

        box("F2").click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> currentPath().startsWith("/objectives/"));
        assertThat(text(By.tagName("h1"))).contains("Improve profitability");
        assertThat(driver.findElements(By.cssSelector("#kpi-table tr[data-kpi]"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("#kpi-table svg.sparkline polyline"))).isNotEmpty();
        assertThat(text(By.id("contribution-table"))).contains("Gross margin (GM)", "50%");
        assertThat(text(By.id("driven-by"))).contains("F4 Control operating costs");
        assertThat(driver.findElements(By.cssSelector("a[href]"))).extracting(a -> a.getDomAttribute("href"))
                .noneMatch(href -> href.startsWith("/api"));
        assertNoConsoleErrors();
        screenshot("objective");
        assertNoHorizontalScrollOnAPhone();
        phoneScreenshot("objective-phone");
    }

    @Test
    void opensAnObjectiveFromTheKeyboardForAViewerWhoMayNotArrange() {
        signIn("viewer", DEMO_PASSWORD);
        open("/scorecards/" + group() + "/map");
        assertThat(find(By.id("map-frame")).getDomAttribute("data-arrange")).isEqualTo("false");
        WebElement delight = box("C1");
        driver.executeScript("arguments[0].focus()", delight);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> currentPath().startsWith("/objectives/"));
        assertThat(text(By.tagName("h1"))).contains("Delight customers");
        assertNoConsoleErrors();
    }

    @Test
    void speaksGermanWithDecimalCommas() {
        signIn("viewer", DEMO_PASSWORD);
        open("/scorecards/" + group() + "/map?period=2026-10");
        try {
            choose("de");
            assertThat(text(By.tagName("h1"))).startsWith("Strategiekarte");
            assertThat(box("F1").getText()).matches("(?s).*\\d+,\\d Gelb.*");
            assertThat(text(By.id("map-list"))).contains("Getrieben von");
            assertNoConsoleErrors();
            screenshot("strategy-map-de");
        } finally {
            choose("en");
        }
    }

    /** Switches the page's language from the menu, which remembers it for the user. */
    private void choose(String language) {
        WebElement html = driver.findElement(By.tagName("html"));
        new org.openqa.selenium.support.ui.Select(find(By.id("language"))).selectByValue(language);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            try {
                return !html.isEnabled() || !language.equals(html.getDomAttribute("lang"));
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                language.equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
    }

    private void exportsThePng() {
        driver.executeScript("window.pngs = []; const make = URL.createObjectURL;"
                + "URL.createObjectURL = (blob) => { window.pngs.push(blob.type + ' ' + blob.size); return make(blob); };");
        find(By.id("map-png")).click();
        await(() -> !((List<?>) driver.executeScript("return window.pngs")).isEmpty());
        assertThat((String) ((List<?>) driver.executeScript("return window.pngs")).get(0)).startsWith("image/png ");
    }

    private WebElement box(String code) {
        return find(By.cssSelector("#strategy-map .map-box[data-code='" + code + "']"));
    }

    private void assertNoHorizontalScrollOnAPhone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            Object fits = driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
            assertThat(fits).as("nothing scrolls sideways at 390 px").isEqualTo(true);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }

    private long group() {
        return jdbc.sql("select id from scorecard where name = 'Group scorecard'").query(Long.class).single();
    }
}
