package dev.fourfold.entry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Browser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The data-entry grid and the approver's queue in the browser: the KPI owner of the Services division enters two
 * values with the keyboard only and saves them; they wait for approval, and the scorecard owner approves one
 * without a page load.
 */
class DataEntryBrowserIT extends Browser {

    private static final String REVENUE = "input[aria-label='Value of Services revenue, Nov 2026']";

    @Test
    void entersTwoValuesWithTheKeyboardAndAnApproverApprovesOne() {
        signIn("steward", DEMO_PASSWORD);
        open("/entry?frequency=monthly");
        WebElement revenue = find(By.cssSelector(REVENUE));
        revenue.click();
        active().sendKeys("1234.5", Keys.ENTER);
        WebElement below = active();
        assertThat(below.getAttribute("data-row")).isEqualTo(String.valueOf(Integer.parseInt(revenue.getAttribute("data-row")) + 1));
        assertThat(below.getAttribute("data-col")).isEqualTo(revenue.getAttribute("data-col"));
        String secondLabel = below.getAttribute("aria-label");
        below.sendKeys("21.5", Keys.ARROW_DOWN);
        active().sendKeys("lots");
        assertThat(active().getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(active().findElement(By.xpath("ancestor::td")).getText()).contains("Not a number");
        active().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        assertThat(active().getAttribute("aria-invalid")).isEqualTo("false");
        active().sendKeys(Keys.ARROW_UP, Keys.ARROW_UP);
        assertThat(active().getAttribute("aria-label")).isEqualTo(revenue.getAttribute("aria-label"));
        assertThat(text(By.id("entry-status"))).contains("2 changed cells");
        screenshot("entry-typed");

        submit(By.id("entry-save"));
        assertThat(text(By.id("entry-saved"))).isEqualTo("Saved 2 values. 2 await approval.");
        assertThat(find(By.cssSelector(REVENUE)).getAttribute("value")).isEqualTo("1234.5");
        assertThat(find(By.cssSelector(REVENUE)).findElement(By.xpath("ancestor::td")).getText()).contains("awaiting approval");
        assertThat(find(By.cssSelector("input[aria-label='" + secondLabel + "']")).getAttribute("value")).isEqualTo("21.5");
        assertNoConsoleErrors();
        screenshot("entry");
        assertPhoneFits("/entry");
        phoneScreenshot("entry-phone");

        driver.manage().deleteAllCookies();
        signIn("owner", DEMO_PASSWORD);
        open("/approvals");
        WebElement row = find(By.xpath("//tr[contains(., 'Services revenue') and contains(., 'Nov 2026')]"));
        screenshot("approvals");
        assertPhoneFits("/approvals");
        phoneScreenshot("approvals-phone");
        row = find(By.xpath("//tr[contains(., 'Services revenue') and contains(., 'Nov 2026')]"));
        String url = driver.getCurrentUrl();
        row.findElement(By.cssSelector(".approval-approve")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(row));
        assertThat(text(By.id("approvals-status"))).isEqualTo("Approved Services revenue 2026-11.");
        assertThat(driver.getCurrentUrl()).isEqualTo(url);
        assertThat(driver.findElements(By.xpath("//tr[contains(., 'Services revenue') and contains(., 'Nov 2026')]"))).isEmpty();
        assertNoConsoleErrors();
        screenshot("approvals-approved");

        open("/entry?frequency=monthly");
        WebElement approved = find(By.cssSelector(REVENUE));
        assertThat(approved.getAttribute("value")).isEqualTo("1234.5");
        assertThat(approved.findElement(By.xpath("ancestor::td")).getText()).doesNotContain("awaiting approval");
    }

    @Test
    void pastesABlockCopiedFromASpreadsheetFromTheFocusedCellAndMarksWhatIsNoNumber() {
        signIn("owner", DEMO_PASSWORD);
        open("/entry?frequency=monthly");
        WebElement first = find(By.cssSelector("input[aria-label='Value of Revenue, Oct 2026']"));
        first.click();
        // a spreadsheet puts rows on lines and columns between tabs; the browser test cannot reach the clipboard
        driver.executeScript("const data = new DataTransfer(); data.setData('text/plain', arguments[1]);"
                + "arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true,"
                + " cancelable: true}));", first, "4100\t4200\r\n61\tx\r\n");
        assertThat(first.getAttribute("value")).isEqualTo("4100");
        WebElement right = find(By.cssSelector("input[aria-label='Value of Revenue, Nov 2026']"));
        assertThat(right.getAttribute("value")).isEqualTo("4200");
        WebElement below = find(By.cssSelector("input[data-row='1'][data-col='0']"));
        assertThat(below.getAttribute("value")).isEqualTo("61");
        WebElement bad = find(By.cssSelector("input[data-row='1'][data-col='1']"));
        assertThat(bad.getAttribute("value")).isEqualTo("x");
        assertThat(bad.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(text(By.id("entry-status"))).isEqualTo("Pasted 4 cells. Save to store them.");
        assertNoConsoleErrors();
    }

    /** At 390 px the page itself never scrolls sideways (the grid scrolls in its box) and inputs are tap-sized. */
    private void assertPhoneFits(String path) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            open(path);
            Object fits = driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
            assertThat(fits).as("no sideways scroll at 390 px on " + path).isEqualTo(true);
            @SuppressWarnings("unchecked")
            List<Number> heights = (List<Number>) driver.executeScript("return Array.from(document.querySelectorAll("
                    + "'main input:not([type=hidden]), main button, main select')).filter(e => e.offsetParent)"
                    + ".map(e => e.getBoundingClientRect().height)");
            assertThat(heights).allSatisfy(h -> assertThat(h.doubleValue()).isGreaterThanOrEqualTo(44));
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static WebElement active() {
        return driver.switchTo().activeElement();
    }
}
