package dev.fourfold.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.measurement.Actual;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.support.Browser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing a file of values as a new user would: download the scorecard's template from the Enter values page, fill
 * it in with one wrong value, upload it and read the wrong row explained, fix it, import it, and see the dashboard
 * show the value.
 */
class ValueImportBrowserIT extends Browser {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActualService actuals;

    /** The REV values of the periods the test imports, as they were before: put back afterwards. */
    private final Map<String, Optional<Actual>> before = new HashMap<>();

    @AfterEach
    void leaveTheDemoAsItWas() {
        Actor admin = Actor.user("admin", ChangeSource.UI);
        before.forEach((period, old) -> current(period).ifPresent(now -> {
            if (old.isEmpty()) {
                actuals.delete(now.id(), now.version(), admin);
            } else {
                actuals.update(now.id(), old.get().value(), old.get().comment(), old.get().state().key(), now.version(),
                        admin);
            }
        }));
    }

    private Optional<Actual> current(String period) {
        long kpi = jdbc.sql("select id from kpi where code = 'REV'").query(Long.class).single();
        return jdbc.sql("select id from actual_value where kpi_id = :kpi and period = :period").param("kpi", kpi)
                .param("period", period).query(Long.class).optional().map(actuals::get);
    }

    @Test
    void importsAFilledInTemplateAfterTheWrongRowIsFixed() throws Exception {
        long scorecard = jdbc.sql("select o.scorecard_id from kpi k join objective o on o.id = k.objective_id "
                + "where k.code = 'REV'").query(Long.class).single();
        signIn("admin", DEMO_PASSWORD);
        open("/entry?scorecard=" + scorecard);
        String href = find(By.cssSelector("#entry-templates a[href*='format=csv'][href*='layout=long']"))
                .getAttribute("href");
        String template = (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(done)", href);
        List<String> lines = new ArrayList<>(template.lines().toList());
        int first = indexOf(lines, "REV,", 0);
        int second = indexOf(lines, "REV,", first + 1);
        String period = lines.get(first).split(",")[3];
        before.put(period, current(period));
        String secondPeriod = lines.get(second).split(",")[3];
        before.put(secondPeriod, current(secondPeriod));
        lines.set(first, lines.get(first).replaceAll(",,$", ",777,from the template"));
        lines.set(second, lines.get(second).replaceAll(",,$", ",12x,"));

        upload(lines);
        assertThat(text(By.id("import-problems"))).contains(Integer.toString(second + 1), "E (value)", "12x");
        assertThat(driver.findElements(By.id("import-commit"))).as("a file with a wrong row is not imported").isEmpty();
        screenshot("import-wrong-row");
        phoneScreenshot("import-wrong-row-phone");

        lines.set(second, lines.get(second).replace(",12x,", ",778,"));
        upload(lines);
        assertThat(text(By.id("count-problems"))).isEqualTo("0");
        submit(By.id("import-commit"));
        assertThat(text(By.id("import-committed"))).contains("admin");
        assertNoConsoleErrors();

        open("/scorecards/" + scorecard + "?period=" + period);
        assertThat(text(By.tagName("main"))).contains("777");
        assertNoConsoleErrors();
    }

    private void upload(List<String> lines) throws Exception {
        Path file = Files.createTempFile("values-", ".csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        open("/imports");
        find(By.id("values-file")).sendKeys(file.toString());
        find(By.id("values-preview")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> currentPath().matches("/imports/\\d+"));
        find(By.id("import-counts"));
        Files.delete(file);
    }

    private static int indexOf(List<String> lines, String prefix, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).replace("\uFEFF", "").startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with " + prefix);
    }
}
