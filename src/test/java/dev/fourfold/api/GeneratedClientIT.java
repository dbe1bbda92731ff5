package dev.fourfold.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fourfold.client.ApiClient;
import dev.fourfold.client.ApiException;
import dev.fourfold.client.api.ActualValuesApi;
import dev.fourfold.client.api.KpisApi;
import dev.fourfold.client.api.MyAccountApi;
import dev.fourfold.client.api.ScorecardsApi;
import dev.fourfold.client.model.Actual;
import dev.fourfold.client.model.ActualBatchRequest;
import dev.fourfold.client.model.ActualItem;
import dev.fourfold.client.model.ActualRequest;
import dev.fourfold.client.model.BatchResult;
import dev.fourfold.client.model.FieldProblem;
import dev.fourfold.client.model.KpiResponse;
import dev.fourfold.client.model.Problem;
import dev.fourfold.client.model.ScorecardResponse;
import dev.fourfold.client.model.TokenRequest;
import dev.fourfold.support.TestClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Java client generated at build time from the committed OpenAPI document (see {@code ApiDocumentTests}) against
 * the running application, as the demo scorecard owner with a bearer token: it lists the demo scorecards, records an
 * atomic batch of values, and reads a refused batch and a stale write back as problems. It shares the browser tests'
 * application and writes only into 2031, a year no page of those tests shows, and removes what it wrote.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.class)
class GeneratedClientIT {

    @LocalServerPort
    int port;

    private ApiClient client;

    @BeforeEach
    void signInWithAToken() throws ApiException {
        String basic = Base64.getEncoder().encodeToString("owner:demo".getBytes(StandardCharsets.UTF_8));
        String token = new MyAccountApi(client(b -> b.header("Authorization", "Basic " + basic)))
                .createMyToken(new TokenRequest().name("Generated client").scope("read-write")
                        .expiresAt(OffsetDateTime.ofInstant(TestClock.NOW.plus(Duration.ofDays(30)), ZoneOffset.UTC)))
                .getSecret();
        assertThat(token).startsWith("ff_");
        client = client(b -> b.header("Authorization", "Bearer " + token));
    }

    @Test
    void listsTheDemoScorecards() throws ApiException {
        List<ScorecardResponse> scorecards = new ScorecardsApi(client).listScorecards(null, 0, 50).getItems();

        assertThat(scorecards).extracting(ScorecardResponse::getName)
                .contains("Group scorecard", "Manufacturing scorecard", "Services scorecard");
    }

    @Test
    void recordsABatchAtomicallyAndReadsAStaleWriteBackAsAProblem() throws Exception {
        ActualValuesApi values = new ActualValuesApi(client);
        long revenue = kpi("REV").getId();

        BatchResult recorded = values.recordActualBatch(batch(item("2031-01", "4100"), item("2031-02", "4200.5")));
        assertThat(recorded.getCreated()).isEqualTo(2);

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> values.recordActualBatch(batch(item("2031-03", "4300"), item("2031-13", "1"))));
        Problem invalid = problem(refused, 400);
        assertThat(invalid.getErrors()).extracting(FieldProblem::getField).containsExactly("items[1].period");
        assertThat(values.listActuals(revenue, null, null, "2031-03", "2031-03", 0, 10).getTotal())
                .as("a refused batch writes nothing").isZero();

        Actual january = values.listActuals(revenue, null, null, "2031-01", "2031-01", 0, 10).getItems().get(0);
        Actual revised = values.updateActual(january.getId(),
                new ActualRequest().value(new BigDecimal("4150")).version(january.getVersion()));
        ApiException stale = catchThrowableOfType(ApiException.class, () -> values.updateActual(january.getId(),
                new ActualRequest().value(new BigDecimal("4999")).version(january.getVersion())));
        Problem conflict = problem(stale, 409);
        assertThat(conflict.getType()).hasToString("https://fourfold.dev/problems/stale-version");
        assertThat(conflict.getDetail()).contains("changed by someone else");
        assertThat(values.getActual(january.getId()).getValue()).isEqualByComparingTo("4150");

        values.deleteActual(january.getId(), revised.getVersion());
        Actual february = values.listActuals(revenue, null, null, "2031-02", "2031-02", 0, 10).getItems().get(0);
        values.deleteActual(february.getId(), february.getVersion());
    }

    private KpiResponse kpi(String code) throws ApiException {
        return new KpisApi(client).listKpis(null, null, null, null, null, 0, 500).getItems().stream()
                .filter(k -> code.equals(k.getCode())).findFirst().orElseThrow();
    }

    private Problem problem(ApiException e, int status) throws IOException {
        assertThat(e).isNotNull();
        assertThat(e.getCode()).isEqualTo(status);
        assertThat(e.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        Problem problem = client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(status);
        return problem;
    }

    private static ActualBatchRequest batch(ActualItem... items) {
        return new ActualBatchRequest().items(List.of(items));
    }

    private static ActualItem item(String period, String value) {
        return new ActualItem().kpiCode("REV").period(period).value(new BigDecimal(value)).comment("generated client");
    }

    private ApiClient client(Consumer<HttpRequest.Builder> credentials) {
        ApiClient api = new ApiClient();
        api.updateBaseUri("http://localhost:" + port);
        api.setRequestInterceptor(credentials);
        return api;
    }
}
