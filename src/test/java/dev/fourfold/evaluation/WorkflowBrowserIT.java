package dev.fourfold.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Browser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a new user does in the browser from start to end: shapes the strategy (an objective with its cause, a
 * calculated KPI), enters values in the grid while a dashboard in another window takes them in, and reads it all
 * in German.
 */
class WorkflowBrowserIT extends Browser {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToEnglish() {
        jdbc.sql("update app_user set language = null").update();
    }

    @Test
    void addsAnObjectiveWithItsCauseAndAFormulaKpiAndSeesThemOnTheStrategyMap() {
        signIn("admin", DEMO_PASSWORD);
        long manufacturing = manufacturing();
        open("/scorecards/" + manufacturing + "/map");
        int arrows = driver.findElements(By.cssSelector("#strategy-map .map-link")).size();
        open("/scorecards/" + manufacturing + "/edit");
        submit(By.cssSelector("[data-perspective] a[href*='/objectives/new']"));
        type(By.id("code"), "MF9");
        type(By.id("name"), "Win new markets");
        find(By.cssSelector("input[name=drivenBy]")).click();
        submit(By.id("save-objective"));
        assertThat(text(By.id("done"))).contains("MF9");

        open("/scorecards/" + manufacturing + "/map");
        assertThat(driver.findElements(By.cssSelector("#strategy-map .map-box[data-code='MF9']"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#strategy-map .map-link"))).hasSize(arrows + 1);

        open("/scorecards/" + manufacturing + "/edit");
        submit(By.cssSelector("li[data-objective='MF9'] a[href*='/kpis/new']"));
        type(By.id("code"), "M_REV_PER_UNIT");
        type(By.id("name"), "Revenue per unit");
        type(By.id("formula"), "M_REV / M_UNITS");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> text(By.id("formula-check"))
                .contains("M_REV · Division revenue"));
        screenshot("authoring-formula");
        submit(By.id("save-kpi"));
        assertThat(text(By.id("done"))).contains("M_REV_PER_UNIT");
        assertNoConsoleErrors();
        phoneScreenshot("authoring-phone");
    }

    @Test
    void anOpenDashboardTakesInValuesSavedInTheGridOfAnotherWindowWithoutReloading() {
        signIn("admin", DEMO_PASSWORD);
        long manufacturing = manufacturing();
        open("/scorecards/" + manufacturing + "?period=2026-11");
        driver.executeScript("window.notReloaded = true;");
        String dashboard = driver.getWindowHandle();

        driver.switchTo().newWindow(WindowType.WINDOW);
        open("/entry?frequency=monthly&scorecard=" + manufacturing);
        WebElement revenue = find(By.cssSelector("input[aria-label='Value of Division revenue, Nov 2026']"));
        revenue.click();
        active().sendKeys(Keys.chord(Keys.CONTROL, "a"), "7777", Keys.ENTER);
        active().sendKeys(Keys.chord(Keys.CONTROL, "a"), "12", Keys.ENTER);
        submit(By.id("entry-save"));
        assertThat(text(By.id("entry-saved"))).startsWith("Saved 2 values");
        driver.close();
        driver.switchTo().window(dashboard);

        new WebDriverWait(driver, Duration.ofSeconds(25))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // the rows are swapped in place
                .until(d -> text(By.cssSelector(
                "tr[data-kpi='M_REV'] td[data-label='Actual']")).contains("7,777"));
        assertThat(driver.executeScript("return window.notReloaded === true")).as("updated in place").isEqualTo(true);
        assertNoConsoleErrors();
    }

    @Test
    void speaksGermanWithDecimalCommasOnceChosenInTheMenu() {
        signIn("viewer", DEMO_PASSWORD);
        open("/scorecards/" + services() + "?period=2026-10");
        WebElement html = driver.findElement(By.tagName("html"));
        new Select(find(By.id("language"))).selectByValue("de");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        assertThat(find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("de");
        assertThat(text(By.cssSelector("thead"))).contains("Ziel / KPI", "Ist", "Soll");
        assertThat(text(By.id("scorecard-score"))).matches("\\d+,\\d");
        assertThat(text(By.cssSelector("tr[data-kpi='S_REV'] td[data-label='Ist']"))).matches("[\\d.]+,\\d.*");
        open("/");
        assertThat(text(By.tagName("h1"))).isEqualTo("Start");
        assertNoConsoleErrors();
        screenshot("dashboard-german");
    }

    private WebElement active() {
        return driver.switchTo().activeElement();
    }

    private long manufacturing() {
        return jdbc.sql("select id from scorecard where name = 'Manufacturing scorecard'").query(Long.class).single();
    }

    private long services() {
        return jdbc.sql("select id from scorecard where name = 'Services scorecard'").query(Long.class).single();
    }
}
