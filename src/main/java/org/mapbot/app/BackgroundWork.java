package org.mapbot.app;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mapbot.pipeline.InFlight;

/**
 * A named pool for work that leaves the request thread, which knows when it has nothing left to do: a clean stop and
 * tests wait on {@link #drain} rather than on time passing.
 */
public final class BackgroundWork implements Executor, AutoCloseable {
    private final ExecutorService pool;
    private final InFlight inFlight = new InFlight();

    public BackgroundWork(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void execute(Runnable task) {
        inFlight.started();
        try {
            pool.execute(() -> {
                try {
                    task.run();
                } finally {
                    inFlight.finished();
                }
            });
        } catch (RuntimeException e) {
            inFlight.finished();
            throw e;
        }
    }

    /** Waits until every task handed over so far (and any they handed over) has finished. */
    public boolean drain(Duration timeout) {
        return inFlight.awaitNone(timeout);
    }

    public boolean isIdle() {
        return inFlight.count() == 0;
    }

    /** Stops taking work, lets what was started finish (up to {@code timeout}), then interrupts the rest. */
    public void stop(Duration timeout) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(10));
    }
}
