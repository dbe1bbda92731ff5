package dev.fourfold.api;

import dev.fourfold.support.Api;
import dev.fourfold.support.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the BI feed's API tests: as {@link ApiContract}, but the server's clock stands still at
 * {@link TestClock#NOW} until a test moves it on, so that a change can be told apart from the pull before it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(FeedApiContract.MovingClock.class)
abstract class FeedApiContract implements FactFeedApiCases {

    @Autowired
    MockMvc mvc;

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(mvc);
    }

    public Api api() {
        return api;
    }

    public MockMvc mvc() {
        return mvc;
    }

    public void advance(Duration by) {
        MovingClock.NOW.updateAndGet(now -> now.plus(by));
    }

    /** The clock of the server, standing still until a test moves it on. */
    @TestConfiguration(proxyBeanMethods = false)
    static class MovingClock {

        static final AtomicReference<Instant> NOW = new AtomicReference<>(TestClock.NOW);

        @Bean
        @Primary
        Clock movingClock() {
            return new Moving();
        }
    }

    private static final class Moving extends Clock {

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            return MovingClock.NOW.get();
        }
    }
}
