package com.clinicnetwork.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Collects the figures of one run and renders them as Markdown for BENCHMARKS.md. */
final class Report {

    private Duration platformStartup;
    private Map<String, Double> readyTimes = Map.of();
    private EventLatency.Result eventLatency;
    private OpenModelLoad.Result direct;
    private OpenModelLoad.Result viaGateway;
    private final List<OpenModelLoad.Result> availability = new ArrayList<>();
    private Integer availabilityUnavailableStatus;
    private ProcessMetrics.ServerTime availabilityServerTime;
    private final List<OpenModelLoad.Result> bookings = new ArrayList<>();
    private Map<String, Long> memory = Map.of();
    private Optional<PgbenchCeiling.Result> ceiling = Optional.empty();

    void startup(Duration platform, Map<String, Double> services) {
        platformStartup = platform;
        readyTimes = services;
    }

    void eventLatency(EventLatency.Result result) {
        eventLatency = result;
    }

    void gatewayOverhead(OpenModelLoad.Result directResult, OpenModelLoad.Result gatewayResult) {
        direct = directResult;
        viaGateway = gatewayResult;
    }

    void availability(OpenModelLoad.Result result) {
        availability.add(result);
    }

    void availabilityServerTime(ProcessMetrics.ServerTime serverTime) {
        availabilityServerTime = serverTime;
    }

    void availabilityUnavailable(int status) {
        availabilityUnavailableStatus = status;
    }

    void bookings(OpenModelLoad.Result result) {
        bookings.add(result);
    }

    void memory(Map<String, Long> rssMegabytes) {
        memory = rssMegabytes;
    }

    void ceiling(Optional<PgbenchCeiling.Result> result) {
        ceiling = result;
    }

    String render(Duration p99Budget) {
        StringBuilder out = new StringBuilder();
        out.append("## Machine\n\n").append(String.format(Locale.ROOT, "%d cores, %d MiB max heap of the load generator, %s %s, %s%n%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getName() + " " + System.getProperty("os.version")));
        out.append("## Start-up\n\n").append(String.format(Locale.ROOT,
                "Whole platform (PostgreSQL, Kafka, SMTP, 4 services) to all ready: %.1f s%n%n", platformStartup.toMillis() / 1000.0));
        out.append("| service | its own start-up to ready (s) |\n|---|---|\n");
        readyTimes.forEach((service, seconds) -> out.append(String.format(Locale.ROOT, "| %s | %.1f |%n", service, seconds)));

        out.append("\n## Booking commit to email delivered\n\n");
        if (eventLatency != null) {
            out.append(String.format(Locale.ROOT,
                    "%d bookings at %d/s for %d s, %d confirmations delivered: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    eventLatency.bookings(), eventLatency.rate(), eventLatency.duration().toSeconds(), eventLatency.delivered(),
                    eventLatency.percentileMillis(50), eventLatency.percentileMillis(95), eventLatency.percentileMillis(99),
                    eventLatency.percentileMillis(100)));
        }

        out.append("\n## Gateway overhead (GET one therapist, 50 requests/s)\n\n");
        table(out, List.of(direct, viaGateway));
        if (direct != null && viaGateway != null) {
            out.append(String.format(Locale.ROOT, "%nOverhead: p50 +%.1f ms, p99 +%.1f ms%n",
                    viaGateway.percentileMillis(50) - direct.percentileMillis(50),
                    viaGateway.percentileMillis(99) - direct.percentileMillis(99)));
        }

        out.append("\n## Availability searches (one week, 20 therapists, through the gateway)\n\n");
        if (availabilityUnavailableStatus != null) {
            out.append("Not measured: the availability endpoint answered ").append(availabilityUnavailableStatus).append(".\n");
        } else {
            table(out, availability);
            if (availabilityServerTime != null) {
                out.append(String.format(Locale.ROOT,
                        "%nServer time inside booking-service (its http.server.requests metric, %d searches): mean %.1f ms, max %.1f ms%n",
                        availabilityServerTime.requests(), availabilityServerTime.meanMillis(), availabilityServerTime.maxMillis()));
            }
        }

        out.append("\n## Bookings through the gateway\n\n");
        table(out, bookings);
        Optional<OpenModelLoad.Result> sustained = bookings.stream().filter(result -> result.meetsP99(p99Budget))
                .reduce((first, second) -> second);
        out.append(String.format(Locale.ROOT, "%nHighest rate with p99 under %d ms and no errors: %s%n", p99Budget.toMillis(),
                sustained.map(result -> String.format(Locale.ROOT, "%.0f bookings/s", result.achievedRate())).orElse("none of the steps")));

        out.append("\n## Ceiling: the same SQL by pgbench\n\n");
        if (ceiling.isEmpty()) {
            out.append("Not measured: pgbench is not installed (Debian package postgresql-client).\n");
        } else {
            PgbenchCeiling.Result result = ceiling.get();
            out.append(String.format(Locale.ROOT, "appointment + outbox insert per transaction, %d connections: %.0f tps, average latency %.2f ms%n",
                    result.clients(), result.transactionsPerSecond(), result.averageLatencyMillis()));
            sustained.ifPresent(best -> out.append(String.format(Locale.ROOT,
                    "%nPlatform bookings/s at p99 < %d ms as a share of the ceiling: %.1f %%%n", p99Budget.toMillis(),
                    100 * best.achievedRate() / result.transactionsPerSecond())));
        }

        out.append("\n## Resident memory after the booking load (MiB)\n\n| process | RSS |\n|---|---|\n");
        memory.forEach((process, megabytes) -> out.append("| ").append(process).append(" | ").append(megabytes).append(" |\n"));
        return out.toString();
    }

    private static void table(StringBuilder out, List<OpenModelLoad.Result> results) {
        out.append("| step | target/s | achieved ok/s | errors | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|---|\n");
        for (OpenModelLoad.Result result : results) {
            if (result == null) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %d | %.1f | %.1f | %.1f | %.1f |%n", result.name(),
                    result.targetRate(), result.achievedRate(), result.failed(), result.percentileMillis(50),
                    result.percentileMillis(95), result.percentileMillis(99), result.percentileMillis(100)));
        }
    }
}
