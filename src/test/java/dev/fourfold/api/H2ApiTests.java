package dev.fourfold.api;

import static dev.fourfold.api.ApiCases.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Api;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The API test cases on the embedded default database, H2 in PostgreSQL mode. */
class H2ApiTests extends ApiContract implements StrategyApiCases, ValuesApiCases, ErrorCases, EdgeCases, DemoCompanyCases,
        EvaluationApiCases, PeriodLockApiCases, DaysAndWeeksApiCases,
        HiddenDataCases {

    @Autowired
    PlatformTransactionManager transactions;

    /** H2 gives up on a row lock after its lock timeout, where PostgreSQL waits for the holder to finish. */
    @Test
    void answersALockThatWaitedTooLongForAWriterWith409TryAgain() throws Exception {
        long scorecard = scorecardWithObjective().get("scorecard");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread writer = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc().sql("select id from scorecard where id = :id for update").param("id", scorecard).query(Long.class).single();
            held.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        writer.start();
        try {
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            Api.Answer busy = api().post("/api/v1/scorecards/" + scorecard + "/locks", "{\"period\": \"2033\"}");
            assertProblem(busy, 409);
            assertThat(busy.<String>json("$.detail")).contains("in progress", "try again");
        } finally {
            release.countDown();
            writer.join(60_000);
        }
        assertThat(api().post("/api/v1/scorecards/" + scorecard + "/locks", "{\"period\": \"2033\"}").status()).isEqualTo(201);
    }
}
