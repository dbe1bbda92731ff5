package dev.fourfold.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The scorecard page in a real browser: the demo's Services scorecard with its colours and reasons. */
class ScorecardPageBrowserIT extends Browser {

    @Test
    void showsEveryKpiWithItsColourAndWhyTheGappyOneHasNoScore() {
        signIn("viewer", DEMO_PASSWORD);
        open("/");
        submit(By.linkText("Services scorecard"));
        assertThat(currentPath()).startsWith("/scorecards/");
        assertThat(driver.findElements(By.cssSelector("tr[data-kpi]"))).hasSize(15);
        assertThat(text(By.cssSelector("tr[data-kpi='S_PICKUP']"))).as("a daily KPI over the month").contains("%");
        assertThat(text(By.cssSelector("tr[data-kpi='S_CLOSED']"))).as("a weekly KPI over the month").contains("tickets");
        assertThat(text(By.cssSelector("tr[data-kpi='S_IDEAS']"))).contains("none", "no actual");
        assertThat(text(By.cssSelector("tr[data-kpi='S_RESPONSE']"))).contains("red");
        assertThat(text(By.cssSelector("tr[data-kpi='S_FCR']"))).contains("awaits approval");
        assertThat(find(By.cssSelector("tr[data-kpi='S_REV'] .status-dot")).getCssValue("background-color"))
                .isNotIn("rgba(0, 0, 0, 0)", "transparent");
        assertThat(driver.findElements(By.cssSelector("a[href]"))).extracting(a -> a.getDomAttribute("href"))
                .as("pages link to pages: the API answers a browser session with 401")
                .noneMatch(href -> href.startsWith("/api"));
        Object download = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + t.substring(0, 10))));",
                find(By.linkText("Download as file")).getDomAttribute("href"));
        assertThat(download).isEqualTo("200 version: 1");
        screenshot("scorecard");
        phoneScreenshot("scorecard-phone");
    }

    @Test
    void switchesToTheQuarterViewFromTheKeyboardAndExplainsABadPeriod() {
        signIn("viewer", DEMO_PASSWORD);
        open("/scorecards/3");
        find(By.id("period")).clear();
        type(By.id("period"), "2026-Q3");
        pressEnter(By.id("period"));
        assertThat(text(By.cssSelector("tr[data-kpi='S_RETENTION']"))).doesNotContain("shorter than");
        submit(By.id("next-period"));
        assertThat(find(By.id("period")).getDomProperty("value")).isEqualTo("2026-Q4");
        find(By.id("period")).clear();
        type(By.id("period"), "2026-W14");
        pressEnter(By.id("period"));
        assertThat(text(By.cssSelector("tr[data-kpi='S_CLOSED']"))).as("a weekly KPI at a week").contains("tickets");
        submit(By.id("previous-period"));
        assertThat(find(By.id("period")).getDomProperty("value")).isEqualTo("2026-W13");
        find(By.id("period")).clear();
        type(By.id("period"), "2026-13");
        pressEnter(By.id("period"));
        assertThat(text(By.id("period-error"))).contains("is not a period");
        screenshot("scorecard-quarter-error");
    }
}
