package dev.fourfold.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.Actor;
import dev.fourfold.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Signing in through the real form: the demo users are named, wrong passwords lock an account. */
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
        assertThat(driver.findElements(By.cssSelector("#scorecards a[href^='/audit?scorecardId=']"))).isNotEmpty();
        screenshot("home");
        submit(By.cssSelector("nav form button[type=submit]"));
        assertThat(currentPath()).isEqualTo("/login?logout");
    }

    @Test
    void locksTheAccountAfterFiveWrongPasswords() {
        String username = "locked-out-" + System.nanoTime();
        users.create(username, "Lou Locked", "right-password-1", false, Actor.system());
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(username, "wrong-password-" + attempt);
            assertThat(currentPath()).isEqualTo("/login?error");
        }
        signIn(username, "right-password-1");
        assertThat(currentPath()).isEqualTo("/login?error");
        assertThat(text(By.cssSelector(".alert-danger"))).contains("locked");
        screenshot("login-locked");

        assertThat(users.findByUsername(username).orElseThrow().lockedUntil()).isNotNull();
        signIn("admin", DEMO_PASSWORD);
        open("/admin/users");
        long id = users.findByUsername(username).orElseThrow().id();
        assertThat(text(By.id("user-" + id))).contains("UTC");
        open("/admin/users/" + id);
        assertThat(text(By.id("locked"))).contains("locked until");
        screenshot("admin-user-locked");
    }
}
