package com.clinicnetwork.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Fires requests at a fixed arrival rate whatever the responses do (an open model, as real clients
 * behave), and measures each latency from the request's scheduled start, so a stalled server shows up
 * in the percentiles instead of silently lowering the load (no coordinated omission).
 */
final class OpenModelLoad {

    private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(2);

    private OpenModelLoad() {
    }

    record Result(String name, double targetRate, Duration duration, long sent, long succeeded, long failed,
            Histogram latencyMicros) {

        double achievedRate() {
            return succeeded / (duration.toMillis() / 1000.0);
        }

        double percentileMillis(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }

        boolean meetsP99(Duration budget) {
            return failed == 0 && percentileMillis(99) <= budget.toMillis();
        }
    }

    static Result run(String name, double ratePerSecond, Duration duration, Supplier<CompletableFuture<Integer>> request,
            IntPredicate success) {
        Histogram latencies = new ConcurrentHistogram(MAX_LATENCY_MICROS, 3);
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long total = Math.round(ratePerSecond * duration.toMillis() / 1000.0);
        long intervalNanos = Math.round(1_000_000_000L / ratePerSecond);
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long scheduled = start + i * intervalNanos;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            CompletableFuture<Void> completion;
            try {
                completion = request.get().handle((status, error) -> {
                    latencies.recordValue(Math.min(MAX_LATENCY_MICROS, (System.nanoTime() - scheduled) / 1000));
                    if (error == null && success.test(status)) {
                        succeeded.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                completion = CompletableFuture.completedFuture(null);
            }
            inFlight.add(completion);
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).orTimeout(2, TimeUnit.MINUTES).join();
        return new Result(name, ratePerSecond, duration, total, succeeded.get(), failed.get(), latencies);
    }
}
