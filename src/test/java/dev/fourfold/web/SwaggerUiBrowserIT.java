package dev.fourfold.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Browser;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI's "Try it out" for a signed-in person: the API does not take the browser session (it answers 401 to
 * one), so the person creates a personal read token on the Tokens page, pastes it into Swagger UI's Authorize
 * dialog, and calls the API with it, all under the pages' Content-Security-Policy.
 */
class SwaggerUiBrowserIT extends Browser {

    @Test
    void triesOutListingScorecardsWithAPersonalToken() {
        signIn("viewer", DEMO_PASSWORD);
        open("/account/tokens");
        type(By.id("name"), "Swagger UI");
        submit(By.cssSelector("#token-form button[type=submit]"));
        String secret = find(By.id("token-secret")).getAttribute("value");
        assertThat(secret).startsWith("ff_");

        open("/swagger-ui.html");
        // Swagger UI renders the document's description, with the hint where to get a token, once it has loaded it
        WebElement hint = new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector(".swagger-ui .info .description a[href='/account/tokens']")));
        assertThat(hint.getText()).isEqualTo("Tokens page");
        assertThat(driver.manage().getCookieNamed("JSESSIONID")).as("signed in to the pages").isNotNull();

        click(By.cssSelector(".swagger-ui .auth-wrapper button.authorize"));
        type(By.cssSelector(".auth-container input[aria-label='auth-bearer-value']"), secret);
        click(By.cssSelector(".auth-container button[type=submit].authorize"));
        click(By.cssSelector(".modal-ux button.btn-done"));

        click(By.cssSelector("#operations-Scorecards-listScorecards .opblock-summary-control"));
        click(By.cssSelector("#operations-Scorecards-listScorecards button.try-out__btn"));
        click(By.cssSelector("#operations-Scorecards-listScorecards button.execute"));

        By status = By.cssSelector("#operations-Scorecards-listScorecards .live-responses-table tr.response .response-col_status");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(status));
        assertThat(text(status)).isEqualTo("200");
        String body = text(By.cssSelector(
                "#operations-Scorecards-listScorecards .live-responses-table tr.response .response-col_description pre"));
        assertThat(body).contains("Group scorecard", "Manufacturing scorecard", "Services scorecard");
        assertThat(text(By.cssSelector("#operations-Scorecards-listScorecards .curl-command")))
                .contains("Authorization: Bearer ff_");
        screenshot("swagger-ui-try-it-out");
        assertNoConsoleErrors();
    }

    private void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by)).click();
    }
}
