package com.clinicnetwork.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KneeSearchTest {

    private static final Duration BUDGET = Duration.ofMillis(100);

    /** A path whose p99 is 20 ms up to {@code limit} requests/s and 2 s above it. */
    private static OpenModelLoad.Result pathSaturatingAbove(double limit, double rate) {
        Histogram latencies = new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
        long millis = rate <= limit ? 20 : 2_000;
        for (int i = 0; i < 100; i++) {
            latencies.recordValue(TimeUnit.MILLISECONDS.toMicros(millis));
        }
        long requests = Math.round(rate * 10);
        return new OpenModelLoad.Result("test", rate, Duration.ofSeconds(10), requests, requests, 0, latencies);
    }

    @Test
    void stepsUpUntilTheBudgetIsPassedThenNarrowsTheKneeOnce() {
        AtomicLong cpuMillis = new AtomicLong();
        KneeSearch.Knee knee = KneeSearch.find("path", () -> new ProcessCpu.Snapshot(Map.of("booking-service",
                cpuMillis.addAndGet(1_000))), 10, 10_000, BUDGET, Duration.ZERO, rate -> pathSaturatingAbove(45, rate));

        assertThat(knee.steps()).extracting(step -> step.result().targetRate()).containsExactly(10.0, 15.0, 23.0, 35.0, 53.0,
                Math.sqrt(35.0 * 53.0));
        assertThat(knee.knee()).hasValueSatisfying(best -> assertThat(best.result().targetRate()).isEqualTo(Math.sqrt(35.0 * 53.0)));
        assertThat(knee.limit()).contains("53/s");
        assertThat(knee.steps().get(0).cpuMillisPerRequest("booking-service")).as("1,000 ms over 100 requests").isEqualTo(10.0);
    }

    @Test
    void saysSoWhenTheHighestRateTriedStillMeetsTheBudget() {
        KneeSearch.Knee knee = KneeSearch.find("path", () -> new ProcessCpu.Snapshot(Map.of()), 10, 30, BUDGET, Duration.ZERO,
                rate -> pathSaturatingAbove(1_000, rate));

        assertThat(knee.steps()).extracting(step -> step.result().targetRate()).containsExactly(10.0, 15.0, 23.0);
        assertThat(knee.limit()).startsWith("still within budget");
    }

    @Test
    void aPathOverBudgetFromTheStartHasNoKnee() {
        KneeSearch.Knee knee = KneeSearch.find("path", () -> new ProcessCpu.Snapshot(Map.of()), 10, 1_000, BUDGET, Duration.ZERO,
                rate -> pathSaturatingAbove(1, rate));

        assertThat(knee.knee()).isEmpty();
        assertThat(knee.steps()).hasSize(1);
    }

    @Test
    void drawsTheLatencyAgainstOfferedRateAsAPng(@TempDir Path directory) throws Exception {
        KneeSearch.Knee knee = KneeSearch.find("Bookings through the gateway", () -> new ProcessCpu.Snapshot(Map.of()), 10, 1_000,
                BUDGET, Duration.ZERO, rate -> pathSaturatingAbove(40, rate));

        Path chart = Charts.draw(knee, "production", directory);

        BufferedImage image = ImageIO.read(chart.toFile());
        assertThat(chart.getFileName().toString()).isEqualTo("production-bookings-through-the-gateway.png");
        assertThat(List.of(image.getWidth(), image.getHeight())).containsExactly(900, 500);
    }
}
