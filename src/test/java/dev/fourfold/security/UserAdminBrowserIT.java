package dev.fourfold.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** An administrator creates a user and grants a role through the pages; the new user then sees the scorecard. */
class UserAdminBrowserIT extends Browser {

    @Test
    void createsAUserAndGrantsARoleThroughThePages() {
        String username = "new-colleague-" + System.nanoTime() % 100000;
        signIn("admin", DEMO_PASSWORD);
        submit(By.cssSelector("nav a[href='/admin/users']"));
        type(By.id("username"), username);
        type(By.id("displayName"), "Nora New");
        type(By.id("password"), "first-password-1");
        screenshot("admin-users");
        submit(By.cssSelector("#create-user button[type=submit]"));

        assertThat(currentPath()).matches("/admin/users/\\d+");
        assertThat(text(By.id("notice"))).contains("Created the user " + username);
        assertThat(text(By.id("no-grants"))).contains("No roles yet");

        new Select(find(By.id("role"))).selectByValue("VIEWER");
        Select target = new Select(find(By.id("target")));
        String scorecard = driver.findElements(By.cssSelector("#target optgroup[label='Scorecards'] option")).get(0).getText();
        target.selectByVisibleText(scorecard);
        submit(By.cssSelector("#add-grant button[type=submit]"));

        assertThat(text(By.id("grants"))).contains("Viewer", "Scorecard " + scorecard);
        screenshot("admin-user");

        submit(By.cssSelector("#sign-out"));
        signIn(username, "first-password-1");
        assertThat(text(By.id("scorecards"))).contains(scorecard);
        open("/account");
        assertThat(text(By.id("roles"))).contains("Viewer", scorecard);
        assertThat(text(By.id("display-name"))).isEqualTo("Nora New");
        screenshot("account-viewer");
    }

    @Test
    void showsTheForbiddenPageToViewersAndTheNotFoundPageForUnknownAddresses() {
        signIn("viewer", DEMO_PASSWORD);
        assertThat(driver.findElements(By.cssSelector("nav a[href='/admin/users']"))).isEmpty();
        open("/admin/users");
        assertThat(text(By.tagName("h1"))).isEqualTo("You may not open this page");
        assertThat(driver.getPageSource()).doesNotContain("Exception", "at dev.fourfold");
        screenshot("error-403");
        open("/no-such-page");
        assertThat(text(By.tagName("h1"))).isEqualTo("There is nothing here");
        assertThat(driver.getPageSource()).doesNotContain("Exception", "Whitelabel");
        screenshot("error-404");
    }
}
