package com.clinicnetwork.benchmark;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * A fixed number of callers, each sending its next request as soon as the last one answered: the most a path serves
 * with that much concurrency. Used side by side (directly and through the gateway) to price the gateway's share.
 */
final class ClosedLoopLoad {

    record Result(String name, int concurrency, Duration duration, long succeeded, long failed) {
        double throughput() {
            return succeeded / (duration.toMillis() / 1000.0);
        }
    }

    private ClosedLoopLoad() {
    }

    static Result run(String name, int concurrency, Duration duration, Supplier<CompletableFuture<Integer>> request,
            IntPredicate success) {
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        CompletableFuture<?>[] callers = new CompletableFuture<?>[concurrency];
        for (int i = 0; i < concurrency; i++) {
            callers[i] = loop(request, success, deadline, succeeded, failed);
        }
        CompletableFuture.allOf(callers).orTimeout(duration.toSeconds() + 60, TimeUnit.SECONDS).join();
        return new Result(name, concurrency, duration, succeeded.get(), failed.get());
    }

    private static CompletableFuture<Void> loop(Supplier<CompletableFuture<Integer>> request, IntPredicate success, long deadline,
            AtomicLong succeeded, AtomicLong failed) {
        if (System.nanoTime() >= deadline) {
            return CompletableFuture.completedFuture(null);
        }
        return request.get().handle((status, error) -> {
            (error == null && success.test(status) ? succeeded : failed).incrementAndGet();
            return null;
        }).thenCompose(ignored -> loop(request, success, deadline, succeeded, failed));
    }
}
