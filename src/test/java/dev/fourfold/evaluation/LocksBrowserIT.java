package dev.fourfold.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.kpi.PeriodLocks;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.support.Browser;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Period locks in a real browser: the Manufacturing scorecard's owner locks October on the locks page, the strategy
 * map marks the period as locked, and an administrator unlocks it again, leaving the demo as it was.
 */
class LocksBrowserIT extends Browser {

    private static final String OCTOBER = "2026-10";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeriodLocks locks;

    @AfterEach
    void leaveTheDemoAsItWas() {
        if (locks.find(manufacturing(), OCTOBER).isPresent()) {
            locks.unlock(manufacturing(), OCTOBER, Actor.user("admin", ChangeSource.UI));
        }
    }

    @Test
    void anOwnerLocksAPeriodTheMapMarksItAndAnAdministratorUnlocksIt() {
        signIn("owner", DEMO_PASSWORD);
        open("/");
        assertThat(text(By.id("overdue-kpis"))).contains("S_FCR", "due");
        assertFitsAPhone();
        phoneScreenshot("home-overdue-phone");
        open("/scorecards/" + manufacturing());
        submit(By.id("locks-link"));
        assertThat(currentPath()).isEqualTo(locksPage());
        assertThat(text(By.id("no-locks"))).contains("No period of this scorecard is locked yet");
        assertFitsAPhone();
        phoneScreenshot("locks-empty-phone");

        new Select(find(By.id("lock-period"))).selectByValue(OCTOBER);
        submit(By.id("lock"));
        assertThat(currentPath()).isEqualTo(locksPage());
        assertThat(text(By.id("done"))).contains(OCTOBER, "locked");
        assertThat(text(By.cssSelector("#locks tr[data-period='" + OCTOBER + "']"))).contains("owner");
        assertThat(driver.findElements(By.cssSelector("button.unlock"))).as("only administrators unlock").isEmpty();
        assertNoConsoleErrors();
        screenshot("locks-owner");

        open("/scorecards/" + manufacturing() + "/map?period=" + OCTOBER);
        assertThat(text(By.id("locked"))).contains("Locked: " + OCTOBER + " was locked by owner on");
        assertNoConsoleErrors();
        screenshot("map-locked");
        assertFitsAPhone();
        phoneScreenshot("map-locked-phone");

        driver.manage().deleteAllCookies();
        signIn("admin", DEMO_PASSWORD);
        open(locksPage());
        assertThat(find(By.cssSelector("#locks tr[data-period='" + OCTOBER + "'] button.unlock")).getText())
                .isEqualTo("Unlock " + OCTOBER);
        assertFitsAPhone();
        phoneScreenshot("locks-admin-phone");
        screenshot("locks-admin");
        submit(By.cssSelector("#locks tr[data-period='" + OCTOBER + "'] button.unlock"));
        assertThat(currentPath()).isEqualTo(locksPage());
        assertThat(text(By.id("done"))).contains(OCTOBER, "unlocked");
        assertThat(driver.findElements(By.id("no-locks"))).hasSize(1);
        assertThat(locks.find(manufacturing(), OCTOBER)).isEmpty();
        open("/scorecards/" + manufacturing() + "/map?period=" + OCTOBER);
        assertThat(driver.findElements(By.id("locked"))).isEmpty();
        assertNoConsoleErrors();
    }

    private void assertFitsAPhone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            Object fits = driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
            assertThat(fits).as("nothing scrolls sideways at 390 px").isEqualTo(true);
            Object small = driver.executeScript("return [...document.querySelectorAll('main button, main select, "
                    + "#locks a, #locked a, #overdue-kpis a')].filter(e => e.offsetParent && e.getBoundingClientRect().height < 44).length");
            assertThat(((Number) small).intValue()).as("tap targets of at least 44 px").isZero();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private String locksPage() {
        return "/scorecards/" + manufacturing() + "/locks";
    }

    private long manufacturing() {
        return jdbc.sql("select id from scorecard where name = 'Manufacturing scorecard'").query(Long.class).single();
    }
}
