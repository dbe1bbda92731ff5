package dev.fourfold.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.Actor;
import dev.fourfold.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A user changes their password and manages their API tokens through the pages. */
class AccountBrowserIT extends Browser {

    @Autowired
    UserService users;

    private String aUser(String password) {
        String username = "account-" + System.nanoTime() % 1000000;
        users.create(username, "Alex Account", password, false, Actor.system());
        return username;
    }

    @Test
    void changesThePasswordAfterAMistake() {
        String username = aUser("first-password-1");
        signIn(username, "first-password-1");
        submit(By.cssSelector("nav a[href='/account']"));
        type(By.id("currentPassword"), "not-the-password");
        type(By.id("newPassword"), "second-password-2");
        type(By.id("repeatPassword"), "second-password-2");
        submit(By.cssSelector("#password-form button[type=submit]"));
        assertThat(text(By.id("currentPassword-error"))).isEqualTo("Is not your current password.");
        assertThat(find(By.id("currentPassword")).getAttribute("aria-invalid")).isEqualTo("true");
        screenshot("account-password-error");

        type(By.id("currentPassword"), "first-password-1");
        type(By.id("newPassword"), "second-password-2");
        type(By.id("repeatPassword"), "second-password-2");
        pressEnter(By.id("repeatPassword"));
        assertThat(text(By.id("password-changed"))).contains("Your password has been changed");
        screenshot("account");

        submit(By.cssSelector("#sign-out"));
        signIn(username, "second-password-2");
        assertThat(currentPath()).isEqualTo("/");
    }

    @Test
    void createsATokenShowsItsSecretOnceAndRevokesIt() {
        String username = aUser("token-password-1");
        signIn(username, "token-password-1");
        open("/account");
        submit(By.id("tokens-link"));
        assertThat(text(By.id("no-tokens"))).contains("no API tokens yet");
        assertThat(find(By.id("expiresOn")).getAttribute("value")).matches("\\d{4}-\\d{2}-\\d{2}");
        type(By.id("name"), "Monthly export");
        find(By.id("scope-read-write")).click();
        submit(By.cssSelector("#token-form button[type=submit]"));

        String secret = find(By.id("token-secret")).getAttribute("value");
        assertThat(secret).startsWith("ff_");
        assertThat(text(By.id("new-token"))).contains("will not be shown again");
        screenshot("tokens-created");
        phoneScreenshot("tokens-created-phone");

        driver.navigate().refresh();
        assertThat(driver.findElements(By.id("token-secret"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(secret);
        assertThat(text(By.id("tokens"))).contains("Monthly export", secret.substring(0, 10), "read and write", "active");

        submit(By.cssSelector("#tokens button.btn-outline-danger"));
        assertThat(text(By.id("token-revoked"))).contains("revoked");
        assertThat(text(By.id("tokens"))).contains("revoked");
        screenshot("tokens-revoked");
    }
}
