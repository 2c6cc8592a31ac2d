package com.clinicnetwork.benchmark;

import com.clinicnetwork.launcher.JvmProfile;
import com.clinicnetwork.launcher.LauncherSettings;
import com.clinicnetwork.launcher.LocalPlatform;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole platform as the local run does, once per JVM profile (production, then local), finds the knee of
 * every path through the gateway with fixed arrival rates, profiles each path at its knee with JFR, and writes
 * {@code benchmark/target/benchmark-report.md} with a chart per path. Run from the repository root:
 * {@code benchmark/run.sh}.
 */
public final class PlatformBenchmark {

    static final String AVAILABILITY = "Availability searches (one week, 20 therapists, through the gateway)";
    static final String BOOKINGS = "Bookings through the gateway";
    static final String GATEWAY_GET = "GET one therapist through the gateway";
    static final String DIRECT_GET = "GET one therapist directly from therapist-service";
    static final String COMMIT_TO_EMAIL = "Booking commit to email delivered";
    static final List<String> PATHS = List.of(AVAILABILITY, BOOKINGS, GATEWAY_GET, DIRECT_GET, COMMIT_TO_EMAIL);

    private static final Logger log = LoggerFactory.getLogger(PlatformBenchmark.class);
    private static final Duration STEP = Duration.ofSeconds(10);
    private static final Duration EMAIL_STEP = Duration.ofSeconds(5);
    private static final Duration P99_BUDGET = Duration.ofMillis(100);
    private static final Duration EMAIL_P99_BUDGET = Duration.ofMillis(250);
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final Duration QUIET_BEFORE_RECORDING = Duration.ofSeconds(60);
    /**
     * JFR's profile settings slow every recorded JVM down: recorded at the knee itself, availability and the GET ran at
     * p50 5–9 s (2026-12-04), so the profile showed an overloaded platform. A third of the knee keeps the path's own
     * work on top while the platform keeps up.
     */
    private static final double RECORDED_SHARE_OF_KNEE = 1.0 / 3;
    private static final int CLIENTS = 2500;
    private static final int CLOSED_LOOP_CALLERS = 16;

    private PlatformBenchmark() {
    }

    /** @param args the JVM profiles to run, e.g. {@code production local} (the default: both) */
    public static void main(String[] args) throws Exception {
        Path repository = Path.of("").toAbsolutePath();
        Path target = repository.resolve("benchmark/target");
        List<JvmProfile> profiles = args.length == 0 ? List.of(JvmProfile.PRODUCTION, JvmProfile.LOCAL)
                : Arrays.stream(args).map(JvmProfile::parse).toList();
        List<ProfileResult> runs = new ArrayList<>();
        for (JvmProfile profile : profiles) {
            runs.add(run(repository, target.resolve("run-" + profile.displayName() + "-" + System.currentTimeMillis()), profile));
        }
        Path output = target.resolve("benchmark-report.md");
        String report = new Report(target).render(runs);
        Files.writeString(output, report);
        log.info("Report written to {}:\n{}", output, report);
    }

    private static ProfileResult run(Path repository, Path runDir, JvmProfile profile) throws Exception {
        Files.createDirectories(runDir);
        Path launcherTarget = repository.resolve("local-launcher/target");
        ProfileResult result = new ProfileResult(profile);
        Instant starting = Instant.now();
        LauncherSettings settings = LauncherSettings.forTests(runDir, launcherTarget.resolve("services"), launcherTarget.resolve("lib"))
                .withJvmProfile(profile);
        log.info("Starting the platform with the {} JVM profile", profile.displayName());
        try (LocalPlatform platform = LocalPlatform.start(settings)) {
            result.platformStartup = Duration.between(starting, Instant.now());
            result.readyTimes = ProcessMetrics.readyTimes(platform);
            Api admin = new Api(platform.gatewayUrl(), platform.tokenIssuer().mint(TokenClaims.clinicAdmin("benchmark")));
            Api direct = admin.at(platform.serviceUrl("therapist-service"));
            log.info("Creating the benchmark chain");
            BenchmarkChain chain = BenchmarkChain.create(admin, CLIENTS);
            chain.awaitBookable(admin);
            Paths paths = new Paths(admin, direct, chain);
            Supplier<ProcessCpu.Snapshot> cpu = () -> ProcessCpu.take(platform);
            int availabilityStatus = admin.send("GET", chain.availabilityQuery(), null).statusCode();
            if (availabilityStatus != 200) {
                result.unavailable = "the availability endpoint answered " + availabilityStatus;
                return result;
            }
            log.info("Warm-up");
            paths.warmUp();

            log.info("Booking commit to email delivered");
            result.knees.add(KneeSearch.find(COMMIT_TO_EMAIL, cpu, 5, 400, EMAIL_P99_BUDGET, SETTLE,
                    rate -> EventLatency.measure(platform, admin, chain, rate, EMAIL_STEP)));

            log.info("Gateway overhead");
            result.directAtFixedRate = paths.directGet(50, STEP);
            result.gatewayAtFixedRate = paths.gatewayGet(50, STEP);
            result.directClosedLoop = ClosedLoopLoad.run("direct", CLOSED_LOOP_CALLERS, STEP, paths::directGetRequest, status -> status == 200);
            result.gatewayClosedLoop = ClosedLoopLoad.run("gateway", CLOSED_LOOP_CALLERS, STEP, paths::gatewayGetRequest, status -> status == 200);
            result.knees.add(KneeSearch.find(DIRECT_GET, cpu, 100, 6000, P99_BUDGET, SETTLE, rate -> paths.directGet(rate, STEP)));
            result.knees.add(KneeSearch.find(GATEWAY_GET, cpu, 100, 6000, P99_BUDGET, SETTLE, rate -> paths.gatewayGet(rate, STEP)));

            log.info("Availability searches");
            result.knees.add(KneeSearch.find(AVAILABILITY, cpu, 10, 3000, P99_BUDGET, SETTLE, rate -> paths.availability(rate, STEP)));

            log.info("Bookings through the gateway");
            result.knees.add(KneeSearch.find(BOOKINGS, cpu, 20, 3000, P99_BUDGET, SETTLE, rate -> paths.bookings(rate, STEP)));
            result.memory = ProcessMetrics.residentMemory(platform);

            log.info("JFR at the knees");
            profileAtKnee(result, platform, runDir, AVAILABILITY, List.of("booking-service", "gateway"), paths::availability);
            profileAtKnee(result, platform, runDir, BOOKINGS, List.of("booking-service", "gateway", "notification-service"),
                    paths::bookings);
            profileAtKnee(result, platform, runDir, GATEWAY_GET, List.of("gateway", "therapist-service"), paths::gatewayGet);

            log.info("pgbench ceiling");
            result.ceiling = PgbenchCeiling.run(platform.settings().ports().postgres(), chain, runDir, 8, 20);
        }
        for (KneeSearch.Knee knee : result.knees) {
            result.charts.put(knee.path(), Charts.draw(knee, profile.displayName(), repository.resolve("benchmark/target/charts")));
        }
        return result;
    }

    private static void profileAtKnee(ProfileResult result, LocalPlatform platform, Path runDir, String path, List<String> processes,
            Paths.AtRate load) throws Exception {
        KneeSearch.Knee knee = result.knee(path).orElseThrow();
        double rate = knee.rate() * RECORDED_SHARE_OF_KNEE;
        String label = path.replaceAll("[^A-Za-z]+", "-").toLowerCase();
        Quiet.await(platform, QUIET_BEFORE_RECORDING);
        result.hotFrames.put(path, JfrProfile.during(platform, processes, runDir, label, () -> load.run(rate, STEP)));
    }
}
