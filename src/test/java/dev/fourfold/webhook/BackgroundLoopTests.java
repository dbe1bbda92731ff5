package dev.fourfold.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class BackgroundLoopTests {

    /** Fails its first runs with an error, then counts down. */
    private static final class Failing extends BackgroundLoop {

        final AtomicInteger runs = new AtomicInteger();
        final CountDownLatch laterRun = new CountDownLatch(1);

        Failing() {
            super("test-loop", Duration.ofMillis(100), Duration.ofSeconds(5));
        }

        @Override
        void runOnce() {
            int run = runs.incrementAndGet();
            if (run == 1) {
                throw new OutOfMemoryError("made up by the test");
            }
            if (run == 2) {
                throw new IllegalStateException("made up by the test");
            }
            laterRun.countDown();
        }

        @Override
        Logger log() {
            return LoggerFactory.getLogger(BackgroundLoopTests.class);
        }

        @Override
        String failure() {
            return "a made-up failure";
        }
    }

    @Test
    void goesOnRunningAfterARunFailsWithAnErrorOrAnException() throws InterruptedException {
        Failing loop = new Failing();
        loop.start();
        try {
            assertThat(loop.laterRun.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(loop.runs.get()).isGreaterThanOrEqualTo(3);
        } finally {
            loop.stop();
        }
        assertThat(loop.isRunning()).isFalse();
        assertThat(loop.stopping()).isTrue();
    }
}
