package dev.fourfold.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Browser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page a signed-in administrator can reach, the sign-in page and the 404 page, checked by axe-core (the
 * npm package's {@code axe.min.js}, MPL-2.0, in {@code src/test/resources/axe}) for serious and critical WCAG
 * violations, for console errors and for sideways scrolling on a 390-pixel phone; a few of them in German too.
 * The findings of all pages are gathered and reported together, so that one run says everything to fix.
 */
class AccessibilityBrowserIT extends Browser {

    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' [' + v.impact + '] ' + v.help + ' at ' + JSON.stringify(v.nodes[0].target)
                    + ' (' + v.nodes.length + ' nodes) ' + v.nodes[0].failureSummary.replace(/\\n/g, ' '))))
              .catch(e => done(['axe failed: ' + e]));
            """;

    private static final Pattern MISSING_TEXT = Pattern.compile("\\?\\?[\\w.]+_\\w*\\?\\?");

    @Autowired
    JdbcClient jdbc;

    private final List<String> findings = new ArrayList<>();

    @Test
    void findsNoSeriousViolationConsoleErrorOrSidewaysScrollOnAnyPage() {
        check("/login");
        signIn("admin", DEMO_PASSWORD);
        List<Long> scorecards = ids("select id from scorecard order by id");
        long objective = ids("select id from objective order by id").get(0);
        long kpi = ids("select id from kpi where code = 'REV'").get(0);
        long admin = ids("select id from app_user where username = 'admin'").get(0);
        check("/");
        for (long scorecard : scorecards) {
            check("/scorecards/" + scorecard);
            check("/scorecards/" + scorecard + "?view=ytd");
        }
        check("/scorecards/" + scorecards.get(0) + "/edit");
        check("/scorecards/" + scorecards.get(0) + "/objectives/new");
        check("/objectives/" + objective + "/edit");
        check("/objectives/" + objective + "/kpis/new");
        check("/kpis/" + kpi + "/edit");
        check("/kpis/" + kpi + "/targets");
        check("/scorecards/upload");
        check("/entry");
        check("/approvals");
        check("/scorecards/" + scorecards.get(0) + "/map");
        check("/scorecards/" + scorecards.get(0) + "/locks");
        check("/objectives/" + objective);
        check("/objectives/" + objective + "/initiatives/new");
        ids("select id from initiative order by id").stream().findFirst().ifPresent(i -> check("/initiatives/" + i + "/edit"));
        check("/units");
        check("/units/" + ids("select id from org_unit order by id").get(0) + "/edit");
        check("/organisation/edit");
        check("/kpis/" + kpi);
        check("/audit");
        check("/account");
        check("/account/tokens");
        check("/admin/users");
        check("/admin/users/" + admin);
        check("/integrations");
        check("/imports");
        check("/connectors");
        check("/connectors/new");
        check("/webhooks");
        check("/no-such-page");
        try {
            chooseLanguage("de");
            check("/");
            check("/scorecards/" + scorecards.get(0));
            check("/kpis/" + kpi);
            check("/account");
            check("/audit");
        } finally {
            chooseLanguage("en"); // kept per user, and other browser tests sign in as admin too
        }
        assertThat(findings).as("accessibility findings").isEmpty();
    }

    private void check(String path) {
        open(path);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        if (path.matches("/kpis/\\d+(\\?.*)?")) {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("#kpi-chart canvas")).isEmpty());
        }
        driver.executeScript(axeSource());
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) driver.executeAsyncScript(AXE_RUN);
        violations.forEach(v -> findings.add(path + ": " + v));
        try {
            assertNoConsoleErrors();
        } catch (AssertionError e) {
            findings.add(path + ": console errors " + e.getMessage());
        }
        if (MISSING_TEXT.matcher(driver.getPageSource()).find()) {
            findings.add(path + ": a text missing from the message bundles (Thymeleaf shows it as ??key_locale??)");
        }
        long overflow = overflowAt390();
        if (overflow > 0) {
            findings.add(path + ": scrolls sideways by " + overflow + " px at 390 px");
        }
        if (!violations.isEmpty()) {
            System.out.println("axe " + path + "\n  " + String.join("\n  ", violations));
        }
    }

    private List<Long> ids(String sql) {
        return jdbc.sql(sql).query(Long.class).list();
    }

    private long overflowAt390() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            return ((Number) driver.executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void chooseLanguage(String language) {
        open("/");
        WebElement html = driver.findElement(By.tagName("html"));
        new Select(find(By.id("language"))).selectByValue(language);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !html.equals(d.findElement(By.tagName("html")))
                && language.equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
    }

    private static String axeSource() {
        try (InputStream in = AccessibilityBrowserIT.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
