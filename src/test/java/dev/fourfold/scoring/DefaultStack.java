package dev.fourfold.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Runs a call on a new thread with the JVM's default stack size, as a request thread would, and fails on any throw. */
final class DefaultStack {

    private DefaultStack() {
    }

    static <T> T run(Supplier<T> call) throws InterruptedException {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                outcome.set(call.get());
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        thread.start();
        thread.join();
        assertThat(outcome.get()).as("outcome").isNotInstanceOf(Throwable.class);
        @SuppressWarnings("unchecked")
        T result = (T) outcome.get();
        return result;
    }
}
