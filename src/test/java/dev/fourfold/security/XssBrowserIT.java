package dev.fourfold.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Names typed into the pages are shown as text on every page that renders them: markup and script stay inert, and
 * SQL-looking text is stored and shown verbatim.
 */
class XssBrowserIT extends Browser {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";
    private static final String SQL = "Robert'); DROP TABLE app_user;--";

    @Test
    void showsMarkupAndSqlInNamesLiterally() {
        String username = "mallory-" + System.nanoTime() % 1000000;
        String displayName = SCRIPT + " " + IMAGE + " " + SQL;
        signIn("admin", DEMO_PASSWORD);
        open("/admin/users");
        type(By.id("username"), username);
        type(By.id("displayName"), displayName);
        type(By.id("password"), "mallory-password-1");
        submit(By.cssSelector("#create-user button[type=submit]"));
        String userPage = currentPath();
        long id = Long.parseLong(userPage.substring(userPage.lastIndexOf('/') + 1));

        assertShowsLiterally(By.id("user-display-name"), displayName);
        assertThat(find(By.id("displayName")).getAttribute("value")).isEqualTo(displayName);
        assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();

        open("/admin/users");
        assertShowsLiterally(By.cssSelector("#user-" + id + " .display-name"), displayName);
        assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
        screenshot("xss-admin-users");

        open("/audit?entity=user&entityId=" + id);
        assertShowsLiterally(By.id("changes"), displayName);
        assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
        screenshot("xss-audit");

        submit(By.cssSelector("#sign-out"));
        signIn(username, "mallory-password-1");
        open("/account");
        assertShowsLiterally(By.id("display-name"), displayName);

        open("/account/tokens");
        String tokenName = IMAGE + " " + SCRIPT + " " + SQL;
        type(By.id("name"), tokenName);
        submit(By.cssSelector("#token-form button[type=submit]"));
        assertShowsLiterally(By.id("new-token"), tokenName);
        assertShowsLiterally(By.cssSelector("#tokens .token-name"), tokenName);
        assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
        screenshot("xss-tokens");

        driver.navigate().refresh();
        assertShowsLiterally(By.cssSelector("#tokens .token-name"), tokenName);
    }

    @Test
    void keepsMarkupTypedIntoAFilterAsText() {
        signIn("admin", DEMO_PASSWORD);
        open("/audit?user=" + java.net.URLEncoder.encode(SCRIPT, java.nio.charset.StandardCharsets.UTF_8)
                + "&entity=" + java.net.URLEncoder.encode(IMAGE, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(find(By.id("user")).getAttribute("value")).isEqualTo(SCRIPT);
        assertThat(text(By.id("no-changes"))).contains("No change matches");
        assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
        assertNoAlert();
    }
}
