package com.clinicnetwork.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Steps a path's arrival rate up by a constant factor until p99 passes the budget or a request fails, then tries
 * once between the last good rate and the first bad one, so the knee is known to within about a fifth of it.
 */
final class KneeSearch {

    private static final Logger log = LoggerFactory.getLogger(KneeSearch.class);
    private static final double FACTOR = 1.5;

    /**
     * @param path  what was measured
     * @param steps every step in the order run
     * @param knee  the highest rate that met the budget with no errors; empty if even the first did not
     * @param limit why the search stopped: the budget was passed, or the highest rate tried still met it
     */
    record Knee(String path, Duration budget, List<Step> steps, Optional<Step> knee, String limit) {

        /** The knee's offered rate; the first step's when even that one missed the budget. */
        double rate() {
            return knee.orElse(steps.get(0)).result().targetRate();
        }
    }

    private KneeSearch() {
    }

    /**
     * @param settle how long to let the platform catch up after an overloaded step (its relay, consumers, collector)
     *               before the step between
     */
    static Knee find(String path, Supplier<ProcessCpu.Snapshot> cpu, double firstRate, double maxRate, Duration budget,
            Duration settle, DoubleFunction<OpenModelLoad.Result> runAtRate) {
        if (firstRate > maxRate) {
            throw new IllegalArgumentException(path + ": first rate " + firstRate + " is above the highest " + maxRate);
        }
        List<Step> steps = new ArrayList<>();
        Step best = null;
        double rate = firstRate;
        while (rate <= maxRate) {
            Step step = measure(cpu, rate, runAtRate);
            steps.add(step);
            log.info("{} at {}/s: p99 {} ms, {} errors", path, Math.round(rate), step.result().percentileMillis(99), step.result().failed());
            if (!step.meets(budget)) {
                pause(settle);
                if (best != null) {
                    double between = Math.sqrt(best.result().targetRate() * rate);
                    Step refined = measure(cpu, between, runAtRate);
                    steps.add(refined);
                    if (refined.meets(budget)) {
                        best = refined;
                    }
                }
                return new Knee(path, budget, steps, Optional.ofNullable(best), "p99 over " + budget.toMillis() + " ms or errors at "
                        + Math.round(rate) + "/s");
            }
            best = step;
            rate = Math.round(rate * FACTOR);
        }
        return new Knee(path, budget, steps, Optional.ofNullable(best), "still within budget at the highest rate tried, "
                + Math.round(best.result().targetRate()) + "/s");
    }

    private static Step measure(Supplier<ProcessCpu.Snapshot> cpu, double rate, DoubleFunction<OpenModelLoad.Result> runAtRate) {
        ProcessCpu.Snapshot before = cpu.get();
        OpenModelLoad.Result result = runAtRate.apply(rate);
        return new Step(result, cpu.get().since(before));
    }

    private static void pause(Duration settle) {
        try {
            Thread.sleep(settle.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
