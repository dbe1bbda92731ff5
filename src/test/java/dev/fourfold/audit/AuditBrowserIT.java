package dev.fourfold.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The audit trail in the browser: reached per scorecard from the home page, filtered and paged. */
class AuditBrowserIT extends Browser {

    @Test
    void showsTheChangesOfAScorecardFromItsDashboardAndFiltersThem() {
        signIn("admin", DEMO_PASSWORD);
        submit(By.cssSelector("#scorecards a[data-scorecard]"));
        submit(By.cssSelector(".dash-actions a[href^='/audit?scorecardId=']"));
        assertThat(currentPath()).startsWith("/audit?scorecardId=");
        assertThat(find(By.id("scorecardId")).getAttribute("value")).isNotBlank();
        assertThat(driver.findElements(By.cssSelector("#changes tbody tr"))).isNotEmpty();
        screenshot("audit-scorecard");

        new Select(find(By.id("entity"))).selectByValue("kpi");
        submit(By.cssSelector("#audit-filters button[type=submit]"));
        assertThat(currentPath()).contains("entity=kpi");
        driver.findElements(By.cssSelector("#changes tbody tr td:nth-child(4)"))
                .forEach(cell -> assertThat(cell.getText()).isEqualTo("KPI"));

        submit(By.cssSelector("#changes tbody tr td:nth-child(5) a"));
        assertThat(currentPath()).matches("/audit\\?entity=kpi&entityId=\\d+");
        String kpiChanges = currentPath();

        open("/audit");
        assertThat(text(By.id("range"))).startsWith("Changes 1–50 of");
        submit(By.id("older"));
        assertThat(text(By.id("range"))).startsWith("Changes 51–100 of");
        assertThat(find(By.id("newer")).getAttribute("href")).contains("page=0");
        screenshot("audit");

        open(kpiChanges);
        phoneScreenshot("audit-kpi-phone");
    }

    @Test
    void showsViewersNoChangesOutsideTheirScorecards() {
        signIn("viewer", DEMO_PASSWORD);
        open("/audit?entity=user");
        assertThat(text(By.id("no-changes"))).contains("No change matches these filters");
    }
}
