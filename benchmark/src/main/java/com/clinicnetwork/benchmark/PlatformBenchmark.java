package com.clinicnetwork.benchmark;

import com.clinicnetwork.launcher.LauncherSettings;
import com.clinicnetwork.launcher.LocalPlatform;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole platform as the local run does, loads it through the gateway with fixed arrival
 * rates and writes {@code benchmark/target/benchmark-report.md}. Run from the repository root:
 * {@code benchmark/run.sh}.
 */
public final class PlatformBenchmark {

    private static final Logger log = LoggerFactory.getLogger(PlatformBenchmark.class);
    private static final Duration STEP = Duration.ofSeconds(15);
    private static final Duration P99_BUDGET = Duration.ofMillis(100);
    private static final List<Integer> BOOKING_RATES = List.of(20, 40, 80, 120, 160, 200);
    private static final List<Integer> AVAILABILITY_RATES = List.of(10, 25, 50, 100);

    private PlatformBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of("").toAbsolutePath();
        Path launcherTarget = repository.resolve("local-launcher/target");
        Path runDir = repository.resolve("benchmark/target/run-" + System.currentTimeMillis());
        Files.createDirectories(runDir);
        Report report = new Report();
        Instant starting = Instant.now();
        try (LocalPlatform platform = LocalPlatform.start(LauncherSettings.forTests(runDir,
                launcherTarget.resolve("services"), launcherTarget.resolve("lib")))) {
            report.startup(Duration.between(starting, Instant.now()), ProcessMetrics.readyTimes(platform));
            Api admin = new Api(platform.gatewayUrl(), platform.tokenIssuer().mint(TokenClaims.clinicAdmin("benchmark")));
            log.info("Creating the benchmark chain");
            BenchmarkChain chain = BenchmarkChain.create(admin, 200);
            chain.awaitBookable(admin);

            log.info("Warm-up");
            bookings(admin, chain, 10, Duration.ofSeconds(10));

            log.info("Booking commit to email delivered");
            report.eventLatency(EventLatency.measure(platform, admin, chain, 5, Duration.ofSeconds(30)));

            log.info("Gateway overhead");
            String therapistPath = "/api/v1/therapists/" + chain.therapistIds.get(0);
            Api direct = admin.at(platform.serviceUrl("therapist-service"));
            OpenModelLoad.run("warm-up", 20, Duration.ofSeconds(5), () -> direct.sendAsync("GET", therapistPath, null), s -> s == 200);
            report.gatewayOverhead(
                    OpenModelLoad.run("direct to therapist-service", 50, STEP, () -> direct.sendAsync("GET", therapistPath, null), s -> s == 200),
                    OpenModelLoad.run("through the gateway", 50, STEP, () -> admin.sendAsync("GET", therapistPath, null), s -> s == 200));

            int availabilityStatus = admin.send("GET", chain.availabilityQuery(), null).statusCode();
            if (availabilityStatus == 200) {
                log.info("Availability searches");
                OpenModelLoad.run("warm-up", 10, Duration.ofSeconds(5), () -> admin.sendAsync("GET", chain.availabilityQuery(), null), s -> s == 200);
                for (int rate : AVAILABILITY_RATES) {
                    OpenModelLoad.Result result = OpenModelLoad.run("availability " + rate + "/s", rate, STEP,
                            () -> admin.sendAsync("GET", chain.availabilityQuery(), null), s -> s == 200);
                    report.availability(result);
                    if (result.percentileMillis(99) > 10 * P99_BUDGET.toMillis()) {
                        break;
                    }
                }
                report.availabilityServerTime(ProcessMetrics.serverTime(platform.serviceUrl("booking-service"), "/api/v1/availability"));
            } else {
                report.availabilityUnavailable(availabilityStatus);
            }

            log.info("Bookings through the gateway");
            for (int rate : BOOKING_RATES) {
                OpenModelLoad.Result result = bookings(admin, chain, rate, STEP);
                report.bookings(result);
                if (result.percentileMillis(99) > 10 * P99_BUDGET.toMillis()) {
                    break;
                }
            }
            report.memory(ProcessMetrics.residentMemory(platform));

            log.info("pgbench ceiling");
            Optional<PgbenchCeiling.Result> ceiling = PgbenchCeiling.run(platform.settings().ports().postgres(), chain, runDir, 8, 20);
            report.ceiling(ceiling);
        }
        Path output = repository.resolve("benchmark/target/benchmark-report.md");
        Files.writeString(output, report.render(P99_BUDGET));
        log.info("Report written to {}:\n{}", output, report.render(P99_BUDGET));
    }

    private static OpenModelLoad.Result bookings(Api admin, BenchmarkChain chain, int rate, Duration duration) {
        return OpenModelLoad.run("bookings " + rate + "/s", rate, duration,
                () -> admin.sendAsync("POST", "/api/v1/appointments", chain.nextBooking(chain.clientIds.get(1))),
                status -> status == 201);
    }
}
