package dev.fourfold.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * Base of the browser tests: the whole application on a random port (one Spring context shared by every browser
 * test) and a headless Debian Chromium per test class, signed out before each test. Subclasses drive the pages as a
 * person would: through the sign-in form, typing and clicking.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.class)
public abstract class Browser {

    public static final String DEMO_PASSWORD = "demo";
    private static final Dimension DESKTOP = new Dimension(1280, 900);

    protected static ChromeDriver driver;
    private static ChromeDriverService service;
    private static Path profileDir;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        // Pinned Debian binaries, so that Selenium Manager never tries to download a driver or browser.
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profileDir = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900", "--user-data-dir=" + profileDir,
                // Bootstrap scrolls smoothly otherwise, and a click lands before the element has scrolled into view.
                "--force-prefers-reduced-motion");
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        FileSystemUtils.deleteRecursively(profileDir.toFile()); // else /tmp/chromium-profile* pile up
    }

    @BeforeEach
    void signedOut() {
        driver.manage().window().setSize(DESKTOP);
        open("/login");
        driver.manage().deleteAllCookies();
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER); // reading empties the console log
    }

    protected void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** The path and query of the current page. */
    protected String currentPath() {
        return driver.getCurrentUrl().substring(("http://localhost:" + port).length());
    }

    protected void signIn(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        submit(By.cssSelector("main form button[type=submit]"));
    }

    protected WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    protected String text(By by) {
        return find(by).getText();
    }

    protected void type(By field, String text) {
        WebElement input = find(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks a button or link and waits for the next page to replace this one. */
    protected void submit(By button) {
        WebElement html = driver.findElement(By.tagName("html"));
        find(button).click();
        awaitNextPage(html);
    }

    /** Presses Enter in a field, as a keyboard user sends a form, and waits for the next page. */
    protected void pressEnter(By field) {
        WebElement html = driver.findElement(By.tagName("html"));
        find(field).sendKeys(Keys.ENTER);
        awaitNextPage(html);
    }

    private static void awaitNextPage(WebElement previous) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> {
            try {
                previous.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                // Stale, or (while the document is being swapped) an inspector error about a node of the old one.
                return true;
            }
        });
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    /** No script ran an alert: escaped payloads stay text. */
    protected void assertNoAlert() {
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    /** Asserts the page shows the text literally and no script of it ran. */
    protected void assertShowsLiterally(By by, String text) {
        assertThat(text(by)).contains(text);
        assertNoAlert();
    }

    /**
     * Nothing went to the browser console as an error since the last call (a CSP violation would), apart from the
     * note that the page itself came with a 4xx status, which error pages do on purpose.
     */
    protected void assertNoConsoleErrors() {
        String ownStatus = driver.getCurrentUrl() + " - Failed to load resource: the server responded with a status of 4";
        assertThat(driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll())
                .filteredOn(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .filteredOn(entry -> !entry.getMessage().startsWith(ownStatus))
                .isEmpty();
    }

    /** Saves the whole page, not only what the window shows, to {@code target/screenshots/NAME.png}. */
    protected void screenshot(String name) {
        capture(name, ((Number) driver.executeScript("return window.innerWidth")).intValue(), false);
    }

    /** Saves the page as a phone 390 CSS pixels wide shows it. */
    protected void phoneScreenshot(String name) {
        capture(name, 390, true);
    }

    /**
     * Captures the page laid out at a width, as tall as its content. Emulated metrics are cleared afterwards: a
     * window left taller than the screen makes later clicks miss.
     */
    private void capture(String name, int width, boolean mobile) {
        try {
            emulate(width, 844, mobile);
            int height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).intValue();
            emulate(width, Math.min(Math.max(height, 300), 6000), mobile);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static void emulate(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }
}
