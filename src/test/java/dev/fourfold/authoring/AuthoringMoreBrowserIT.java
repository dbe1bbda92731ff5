package dev.fourfold.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.initiative.InitiativeService;
import dev.fourfold.scorecard.UnitService;
import dev.fourfold.shared.Actor;
import dev.fourfold.support.Browser;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator shapes the organisation in the browser: adds a unit below a division and finds it in the tree,
 * then starts an initiative on an objective of the Manufacturing scorecard and finds it on the objective's page.
 */
class AuthoringMoreBrowserIT extends Browser {

    private static final String UNIT = "Northwind Logistics";
    private static final String INITIATIVE = "Automate the paint line";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnitService units;

    @Autowired
    InitiativeService initiatives;

    /** Other browser tests read the same demo company: what this one added goes again. */
    @AfterEach
    void removeWhatWasAdded() {
        jdbc.sql("select id from initiative where name = :n").param("n", INITIATIVE).query(Long.class).list()
                .forEach(id -> initiatives.delete(id, null, Actor.system()));
        units.findByName(UNIT).ifPresent(u -> units.delete(u.id(), null, Actor.system()));
    }

    @Test
    void addsAUnitBelowADivisionAndSeesItInTheTree() {
        signIn("admin", DEMO_PASSWORD);
        open("/units");
        type(By.id("name"), UNIT);
        new Select(find(By.id("parentId"))).selectByValue(String.valueOf(units.findByName("Northwind Manufacturing")
                .orElseThrow().id()));
        submit(By.id("add-unit"));

        assertThat(text(By.id("done"))).contains(UNIT);
        assertThat(find(By.cssSelector("li[data-unit='" + UNIT + "']")).getDomAttribute("data-depth")).isEqualTo("2");
        assertThat(text(By.id("unit-tree"))).containsSubsequence("Northwind Manufacturing", UNIT, "Northwind Services");
        assertNoConsoleErrors();
        screenshot("units-tree");
        phoneScreenshot("units-tree-phone");
        assertThat(sidewaysScrollAt390()).isLessThanOrEqualTo(0);

        submit(By.cssSelector("li[data-unit='" + UNIT + "'] a[href$='/edit']"));
        submit(By.id("delete-unit"));
        assertThat(text(By.id("done"))).contains(UNIT);
        assertThat(driver.findElements(By.cssSelector("li[data-unit='" + UNIT + "']"))).isEmpty();

        submit(By.cssSelector("li[data-unit='Northwind Manufacturing'] a[href$='/edit']"));
        submit(By.id("delete-unit"));
        assertThat(text(By.cssSelector("main .alert-danger"))).contains("scorecard 'Manufacturing scorecard'");
        assertNoConsoleErrors(); // apart from the refused delete's own 409
        phoneScreenshot("unit-delete-refused-phone");
        open("/organisation/edit");
        assertThat(find(By.id("name")).getDomProperty("value")).isNotBlank();
        screenshot("organisation-settings");
    }

    @Test
    void startsAnInitiativeOnAManufacturingObjectiveAndSeesItOnTheObjectivePage() {
        signIn("admin", DEMO_PASSWORD);
        long objective = jdbc.sql("select min(o.id) from objective o join scorecard s on s.id = o.scorecard_id "
                + "where s.name = 'Manufacturing scorecard' and o.retired = false").query(Long.class).single();
        open("/objectives/" + objective);
        submit(By.id("new-initiative"));
        type(By.id("name"), INITIATIVE);
        type(By.id("description"), "Robots take over the second paint line.");
        new Select(find(By.id("owner"))).selectByValue("owner");
        new Select(find(By.id("status"))).selectByValue("at-risk");
        date("start", "2027-01-01");
        date("end", "2026-06-30");
        type(By.id("budget"), "250000.50");
        type(By.id("percentComplete"), "30");
        submit(By.id("save-initiative"));

        assertThat(text(By.id("end-problem"))).contains("must not be before start");
        assertThat(find(By.id("name")).getDomProperty("value")).isEqualTo(INITIATIVE);
        assertNoConsoleErrors(); // apart from the refused form's own 400, which reading the log clears
        phoneScreenshot("initiative-form-phone");
        assertThat(sidewaysScrollAt390()).isLessThanOrEqualTo(0);
        date("end", "2027-06-30");
        submit(By.id("save-initiative"));

        assertThat(currentPath()).startsWith("/objectives/" + objective);
        assertThat(text(By.id("done"))).contains(INITIATIVE);
        assertThat(text(By.cssSelector("tr[data-initiative='" + INITIATIVE + "']"))).contains("at risk", "30",
                "2027-01-01 – 2027-06-30");
        assertNoConsoleErrors();
        screenshot("initiative-on-objective");
        phoneScreenshot("initiative-on-objective-phone");
        assertThat(sidewaysScrollAt390()).isLessThanOrEqualTo(0);
    }

    /** Sets a date field as its picker would: typing into one depends on the browser's language. */
    private void date(String id, String isoDate) {
        driver.executeScript("arguments[0].value = arguments[1]", find(By.id(id)), isoDate);
    }

    private long sidewaysScrollAt390() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            return ((Number) driver.executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
