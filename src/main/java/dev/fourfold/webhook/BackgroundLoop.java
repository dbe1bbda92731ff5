package dev.fourfold.webhook;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.springframework.context.SmartLifecycle;

/**
 * A task run on a daemon thread of its own with a fixed delay between runs, from the application's start to its
 * stop. A run that fails is logged and the next one comes as usual: an error too (out of memory, say), since a
 * scheduled task that throws is never run again. Stopping lets a run finish rather than interrupting it (an
 * interrupted thread can make H2 close its database), waiting at most {@code stopWait}.
 */
abstract class BackgroundLoop implements SmartLifecycle {

    private final String thread;
    private final Duration every;
    private final Duration stopWait;
    private @Nullable ScheduledExecutorService executor;
    private volatile boolean stopping;

    BackgroundLoop(String thread, Duration every, Duration stopWait) {
        this.thread = thread;
        this.every = every;
        this.stopWait = stopWait;
    }

    /** One run of the task. */
    abstract void runOnce();

    /** The log to write a failed run to, and what it says. */
    abstract Logger log();

    abstract String failure();

    /** Whether {@link #stop()} has been called: a run doing many rounds should end after the one it is in. */
    boolean stopping() {
        return stopping;
    }

    private void tick() {
        try {
            runOnce();
        } catch (RuntimeException | Error e) {
            log().warn(failure(), e);
        }
    }

    @Override
    public synchronized void start() {
        stopping = false;
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, thread);
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(every.toMillis(), 100);
        executor.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            stopping = true;
            executor.shutdown();
            try {
                executor.awaitTermination(stopWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
