package dev.fourfold.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.fourfold.support.TestClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * Errors raised by the framework, the servlet container and the security firewall, through a real server: every
 * error under {@code /api/} is problem+json, every other one the HTML error page, and none logs a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClock.class, ErrorAnswersTests.Downloads.class})
@ExtendWith(OutputCaptureExtension.class)
class ErrorAnswersTests {

    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
    private static String session;

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {
        <T> T json(String path) {
            return JsonPath.read(body, path);
        }
    }

    /** Downloads whose client goes away half-way, as Tomcat and Spring report it. */
    @RestController
    static class Downloads {
        @GetMapping({"/api/v1/test-downloads/{how}", "/test-downloads/{how}"})
        String download(@PathVariable String how) throws IOException {
            throw switch (how) {
                case "abort" -> new ClientAbortException(new IOException("Broken pipe"));
                case "unusable" -> new AsyncRequestNotUsableException("ServletOutputStream failed to write: java.io.IOException: Broken pipe");
                default -> new IOException("Connection reset by peer");
            };
        }
    }

    private int mark;

    @BeforeEach
    void signInOnce(CapturedOutput output) throws Exception {
        if (session == null) {
            session = signIn();
        }
        mark = output.getAll().length();
    }

    /** What the server logged during this test. */
    private String logged(CapturedOutput output) {
        return output.getAll().substring(mark);
    }

    private String signIn() throws Exception {
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow().split(";")[0];
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An API client: HTTP Basic, asking for JSON. */
    private Answer api(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", BASIC)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    private Answer api(String method, String path) {
        return api(method, path, null, null);
    }

    /** A browser signed in through the form; it sends the CSRF token as a page's script would. */
    private Answer page(String method, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Cookie", session)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (!method.equals("GET")) {
            request.header("X-CSRF-TOKEN", csrf());
        }
        return send(request);
    }

    private String csrf() {
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page("GET", "/account").body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.body()).startsWith("application/problem+json");
        assertThat(answer.<Integer>json("$.status")).isEqualTo(status);
        assertThat(answer.<String>json("$.type")).startsWith("https://fourfold.dev/problems/");
        assertThat(answer.<String>json("$.detail")).isNotBlank();
    }

    private static void assertErrorPage(Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body()).contains("id=\"error\"").doesNotContain("Exception", "\tat ");
        assertThat(answer.body().replaceAll("<[^>]+>", "")).contains("Error " + status);
    }

    /** Expected client errors log at most one line each, never a stack trace. */
    private void assertNoStackTrace(CapturedOutput output) {
        String log = logged(output);
        assertThat(log).doesNotContain("\tat ", "Caused by", "NullPointerException", "Failure in @ExceptionHandler");
        assertThat(log.lines().filter(l -> !l.isBlank()).count()).as(log).isLessThanOrEqualTo(8);
    }

    @Test
    void answersAnUnsupportedMediaTypeWithAProblem(CapturedOutput output) {
        Answer answer = api("POST", "/api/v1/units", "text/plain", "x");
        assertProblem(answer, 415);
        assertThat(answer.<String>json("$.detail")).contains("text/plain");
        assertNoStackTrace(output);
    }

    @Test
    void answersAnUnsupportedMethodWithAProblemAndThePageWithTheErrorPage(CapturedOutput output) {
        Answer answer = api("PATCH", "/api/v1/units");
        assertProblem(answer, 405);
        assertThat(answer.raw().headers().firstValue("Allow")).isPresent();
        assertErrorPage(page("PUT", "/account"), 405);
        assertNoStackTrace(output);
    }

    @Test
    void answersAnUnacceptableMediaTypeWithAProblem(CapturedOutput output) {
        Answer answer = send(HttpRequest.newBuilder(uri("/api/v1/units")).header("Authorization", BASIC)
                .header("Accept", "text/csv"));
        assertProblem(answer, 406);
        assertNoStackTrace(output);
    }

    @Test
    void answersAMissingParameterWithAProblemNamingIt(CapturedOutput output) {
        Answer answer = api("GET", "/api/v1/targets/revisions?period=2026-01");
        assertProblem(answer, 400);
        assertThat(answer.<String>json("$.detail")).contains("kpiId");
        assertNoStackTrace(output);
    }

    @Test
    void answersAMissingMultipartPartWithAProblemNamingIt(CapturedOutput output) {
        String body = "--b\r\nContent-Disposition: form-data; name=\"other\"; filename=\"a.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\nx: 1\r\n--b--\r\n";
        Answer answer = api("POST", "/api/v1/scorecards/import", "multipart/form-data; boundary=b", body);
        assertProblem(answer, 400);
        assertThat(answer.<String>json("$.detail")).contains("file");
        assertNoStackTrace(output);
    }

    @Test
    void answersAnUnknownApiPathWithAProblemAndAnUnknownPageWithTheErrorPage(CapturedOutput output) {
        Answer unknown = api("GET", "/api/v1/nothing-here");
        assertProblem(unknown, 404);
        assertThat(unknown.<String>json("$.detail")).startsWith("There is no API endpoint at this address")
                .doesNotContain("static resource");
        assertProblem(api("POST", "/api/v1/scorecards/1/file", "application/json", "{}"), 404);
        assertErrorPage(page("GET", "/nothing-here"), 404);
        assertNoStackTrace(output);
    }

    @Test
    void answersTheErrorPathItselfWithTheErrorPage(CapturedOutput output) {
        assertErrorPage(page("GET", "/error"), 404);
        assertErrorPage(api("GET", "/error"), 404);
        assertNoStackTrace(output);
    }

    @Test
    void answersFirewallRejectionsWithAProblemUnderApiAndTheErrorPageElsewhere(CapturedOutput output) {
        for (String path : new String[] {"/api//v1/units", "/api/v1/units;x=1", "/api/v1/%2e%2e/units", "/api/v1/units%2Fx"}) {
            assertProblem(api("GET", path), 400);
        }
        for (String path : new String[] {"//scorecards", "/scorecards;x=1", "/scorecards/%2e%2e/account", "/scorecards%2F1"}) {
            assertErrorPage(page("GET", path), 400);
        }
        assertNoStackTrace(output);
    }

    @Test
    void servesTheFaviconToAnyone(CapturedOutput output) {
        Answer anonymous = send(HttpRequest.newBuilder(uri("/favicon.ico")));
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.contentType()).startsWith("image/");
        assertThat(page("GET", "/favicon.ico").status()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("/favicon.svg"))).contentType()).startsWith("image/svg+xml");
        assertThat(page("GET", "/").body()).contains("rel=\"icon\"");
        assertNoStackTrace(output);
    }

    @Test
    void answersAMalformedPageIdWithTheErrorPageAndAnApiIdWithAProblem(CapturedOutput output) {
        assertErrorPage(page("GET", "/scorecards/abc"), 400);
        assertThat(api("GET", "/scorecards/abc").status()).as("a page, so the API client is sent to sign in").isEqualTo(302);
        Answer answer = api("GET", "/api/v1/scorecards/abc");
        assertProblem(answer, 400);
        assertThat(answer.<String>json("$.detail")).contains("abc");
        assertNoStackTrace(output);
    }

    @Test
    void answersAMissingFormParameterOfAPageWithTheErrorPage(CapturedOutput output) {
        Answer answer = send(HttpRequest.newBuilder(uri("/admin/users/1")).header("Cookie", session)
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("displayName=x&_csrf=" + csrf())));
        assertErrorPage(answer, 400);
        assertNoStackTrace(output);
    }

    @Test
    void logsNothingWhenTheClientDisconnectsDuringADownload(CapturedOutput output) {
        for (String how : new String[] {"abort", "unusable", "reset"}) {
            api("GET", "/api/v1/test-downloads/" + how);
            page("GET", "/test-downloads/" + how);
        }
        assertThat(logged(output)).doesNotContain("ERROR", "WARN", "Broken pipe", "Connection reset");
    }

    @Test
    void keepsUnauthenticatedApiCallsAsProblems(CapturedOutput output) {
        Answer anonymous = send(HttpRequest.newBuilder(uri("/api/v1/nothing-here")).header("Accept", "application/json"));
        assertProblem(anonymous, 401);
        Answer browserSession = page("GET", "/api/v1/units");
        assertProblem(browserSession, 401);
        assertNoStackTrace(output);
    }
}
