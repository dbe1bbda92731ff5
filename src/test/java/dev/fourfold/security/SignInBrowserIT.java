package dev.fourfold.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.Actor;
import dev.fourfold.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signing in through the real form: the demo users are named, wrong passwords slow an account down without locking
 * it out of a browser it signed in with before; error pages show without console errors.
 */
class SignInBrowserIT extends Browser {

    @Autowired
    UserService users;

    @Test
    void namesTheDemoUsersOnTheLoginPage() {
        open("/login");
        assertThat(text(By.id("demo-users"))).contains("admin", "owner", "steward", "viewer", "demo");
        screenshot("login");
        phoneScreenshot("login-phone");
    }

    @Test
    void signsInAsAdministratorAndOut() {
        signIn("admin", DEMO_PASSWORD);
        assertThat(currentPath()).isEqualTo("/");
        assertThat(text(By.cssSelector("nav a[href='/account']"))).isEqualTo("admin");
        assertThat(driver.findElements(By.cssSelector("nav a[href='/admin/users']"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#scorecards a[href^='/scorecards/']"))).isNotEmpty();
        screenshot("home");
        submit(By.cssSelector("#sign-out"));
        assertThat(currentPath()).isEqualTo("/login?logout");
    }

    @Test
    void slowsAnAccountDownAfterWrongPasswordsButLetsABrowserThatSignedInBeforeIn() {
        String username = "slowed-" + System.nanoTime();
        users.create(username, "Sam Slowed", "right-password-1", false, Actor.system());
        signIn(username, "right-password-1");
        assertThat(currentPath()).isEqualTo("/");
        submit(By.cssSelector("#sign-out"));
        Cookie device = driver.manage().getCookieNamed("fourfold-device");
        assertThat(device).as("the browser is remembered").isNotNull();
        assertThat(device.isHttpOnly()).isTrue();

        driver.manage().deleteAllCookies(); // now another browser, as a guesser's would be
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(username, "wrong-password-" + attempt);
            assertThat(currentPath()).isEqualTo("/login?error");
        }
        signIn(username, "right-password-1");
        assertThat(currentPath()).as("the form answered in place with 429").isEqualTo("/login");
        assertThat(text(By.id("throttled"))).contains("try again in", "1 second");
        assertNoConsoleErrors();
        driver.manage().window().setSize(new Dimension(1366, 900));
        screenshot("login-throttled");
        phoneScreenshot("login-throttled-phone");
        assertThat(users.findByUsername(username).orElseThrow().enabled()).as("never locked").isTrue();

        open("/login");
        driver.manage().addCookie(device);
        signIn(username, "right-password-1");
        assertThat(currentPath()).as("the browser that signed in before is not held up").isEqualTo("/");
        submit(By.cssSelector("#sign-out"));

        signIn("admin", DEMO_PASSWORD);
        long id = users.findByUsername(username).orElseThrow().id();
        open("/admin/users");
        assertThat(text(By.id("user-" + id))).contains("UTC");
        assertNoConsoleErrors();
        open("/admin/users/" + id);
        assertThat(text(By.id("throttled"))).contains("held up until", "Setting a new password");
        assertNoConsoleErrors();
        screenshot("admin-user-throttled");
        phoneScreenshot("admin-user-throttled-phone");
    }

    @Test
    void showsTheErrorPagesAndTheFaviconWithoutConsoleErrors() {
        signIn("admin", DEMO_PASSWORD);
        driver.manage().window().setSize(new Dimension(1366, 900));
        for (String path : new String[] {"/scorecards/abc", "/nothing-here", "/scorecards;x=1", "/error", "/favicon.ico"}) {
            open(path);
            if (!path.equals("/favicon.ico")) {
                assertThat(find(By.id("error")).isDisplayed()).as(path).isTrue();
            }
            assertNoConsoleErrors();
        }
        open("/scorecards/abc");
        screenshot("error-400");
        phoneScreenshot("error-400-phone");
    }
}
