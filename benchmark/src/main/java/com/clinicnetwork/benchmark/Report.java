package com.clinicnetwork.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Renders the runs of all JVM profiles as Markdown for BENCHMARKS.md: the knees side by side, then each run. */
final class Report {

    private final Path reportDirectory;

    Report(Path reportDirectory) {
        this.reportDirectory = reportDirectory;
    }

    String render(List<ProfileResult> runs) {
        StringBuilder out = new StringBuilder();
        out.append("## Machine\n\n").append(format("%d cores, %s %s, %s%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getName() + " " + System.getProperty("os.version")));
        out.append("## Knees: the highest offered rate with p99 within budget and no errors\n\n| path | budget (p99) |");
        runs.forEach(run -> out.append(' ').append(run.profile.displayName()).append(" profile |"));
        out.append("\n|---|---|").append("---|".repeat(runs.size())).append('\n');
        for (String path : PlatformBenchmark.PATHS) {
            Optional<KneeSearch.Knee> any = runs.stream().flatMap(run -> run.knee(path).stream()).findFirst();
            if (any.isEmpty()) {
                continue;
            }
            out.append("| ").append(path).append(" | ").append(any.get().budget().toMillis()).append(" ms |");
            for (ProfileResult run : runs) {
                out.append(' ').append(run.knee(path).map(Report::kneeCell).orElse("not measured")).append(" |");
            }
            out.append('\n');
        }
        runs.forEach(run -> profile(out, run));
        return out.toString();
    }

    private static String kneeCell(KneeSearch.Knee knee) {
        return knee.knee().map(step -> format("**%.0f/s** (p50 %.1f, p99 %.1f ms)", step.result().targetRate(),
                step.result().percentileMillis(50), step.result().percentileMillis(99))).orElse("below the first step");
    }

    private void profile(StringBuilder out, ProfileResult run) {
        out.append(format("%n## %s JVM profile%n%nJVM options of every service: `%s`%n%n", capitalised(run.profile.displayName()),
                String.join(" ", run.profile.options())));
        if (run.unavailable != null) {
            out.append("Not measured: ").append(run.unavailable).append("\n");
            return;
        }
        out.append(format("Whole platform to all ready: %.1f s. Each service's own start-up to ready:", run.platformStartup.toMillis() / 1000.0));
        run.readyTimes.forEach((service, seconds) -> out.append(format(" %s %.1f s;", service, seconds)));
        out.append("\n");
        for (KneeSearch.Knee knee : run.knees) {
            knee(out, run, knee);
        }
        gateway(out, run);
        ceiling(out, run);
        out.append("\n### Resident memory after the load (MiB)\n\n| process | RSS |\n|---|---|\n");
        run.memory.forEach((process, megabytes) -> out.append("| ").append(process).append(" | ").append(megabytes).append(" |\n"));
    }

    private void knee(StringBuilder out, ProfileResult run, KneeSearch.Knee knee) {
        out.append(format("%n### %s%n%n", knee.path()));
        out.append("Stopped: ").append(knee.limit()).append(". Knee: ").append(kneeCell(knee)).append(".\n\n");
        Set<String> processes = new TreeSet<>();
        knee.steps().forEach(step -> processes.addAll(step.cpuMillis().keySet()));
        out.append("| offered/s | ok/s | errors | p50 ms | p95 ms | p99 ms | max ms |");
        processes.forEach(process -> out.append(' ').append(process).append(" |"));
        out.append("\n|---|---|---|---|---|---|---|").append("---|".repeat(processes.size())).append('\n');
        for (Step step : knee.steps()) {
            OpenModelLoad.Result result = step.result();
            out.append(format("| %.0f | %.1f | %d | %.1f | %.1f | %.1f | %.1f |", result.targetRate(), result.achievedRate(),
                    result.failed(), result.percentileMillis(50), result.percentileMillis(95), result.percentileMillis(99),
                    result.percentileMillis(100)));
            processes.forEach(process -> out.append(format(" %.2f |", step.cpuMillisPerRequest(process))));
            out.append('\n');
        }
        out.append("\nThe process columns are CPU milliseconds per successful request during the step (user + system, from /proc).\n");
        Path chart = run.charts.get(knee.path());
        if (chart != null) {
            out.append("\n![").append(knee.path()).append("](").append(reportDirectory.relativize(chart)).append(")\n");
        }
        JfrProfile.Recording recording = run.hotFrames.get(knee.path());
        if (recording != null) {
            OpenModelLoad.Result load = recording.load();
            out.append(format("%nRecorded with JFR once the platform had gone idle: %.0f/s offered (%.0f %% of the knee), %.1f/s ok, "
                    + "%d errors, p50 %.1f ms, p99 %.1f ms (JFR's own overhead included).%n", load.targetRate(),
                    100 * load.targetRate() / knee.rate(), load.achievedRate(), load.failed(), load.percentileMillis(50),
                    load.percentileMillis(99)));
            for (JfrProfile.Profile profile : recording.profiles()) {
                hotFrames(out, profile);
            }
        }
    }

    private static void hotFrames(StringBuilder out, JfrProfile.Profile profile) {
        out.append(format("%nJFR, %s (%d execution samples): on top of the stack | platform code on the stack%n%n",
                profile.process(), profile.samples()));
        out.append("| on top of the stack | share | platform method on the stack | share |\n|---|---|---|---|\n");
        for (int i = 0; i < Math.max(profile.hottest().size(), profile.ourCode().size()); i++) {
            out.append("| ").append(frameCell(profile.hottest(), i)).append(" | ").append(frameCell(profile.ourCode(), i)).append(" |\n");
        }
    }

    private static String frameCell(List<JfrProfile.Frame> frames, int index) {
        if (index >= frames.size()) {
            return " | ";
        }
        JfrProfile.Frame frame = frames.get(index);
        return "`" + shortName(frame.method()) + "` | " + format("%.1f %%", 100 * frame.share());
    }

    /** Package names shortened to their initials, as profilers show them, so the tables stay readable. */
    static String shortName(String method) {
        String[] parts = method.split("\\.");
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            boolean packagePart = i < parts.length - 2 && !parts[i].isEmpty() && Character.isLowerCase(parts[i].charAt(0));
            name.append(packagePart ? parts[i].substring(0, 1) : parts[i]);
            if (i < parts.length - 1) {
                name.append('.');
            }
        }
        return name.toString();
    }

    private static void gateway(StringBuilder out, ProfileResult run) {
        if (run.directAtFixedRate == null || run.gatewayAtFixedRate == null) {
            return;
        }
        out.append(format("%n### Gateway overhead, side by side%n%nThe same GET of one therapist at %.0f/s: directly p50 %.1f / p99 %.1f ms, "
                        + "through the gateway p50 %.1f / p99 %.1f ms: **overhead p50 +%.1f ms, p99 +%.1f ms**.%n",
                run.directAtFixedRate.targetRate(), run.directAtFixedRate.percentileMillis(50), run.directAtFixedRate.percentileMillis(99),
                run.gatewayAtFixedRate.percentileMillis(50), run.gatewayAtFixedRate.percentileMillis(99),
                run.gatewayAtFixedRate.percentileMillis(50) - run.directAtFixedRate.percentileMillis(50),
                run.gatewayAtFixedRate.percentileMillis(99) - run.directAtFixedRate.percentileMillis(99)));
        if (run.directClosedLoop != null && run.gatewayClosedLoop != null) {
            out.append(format("Closed loop, %d callers for %d s: directly %.0f/s, through the gateway %.0f/s: **%.0f %% of direct**.%n",
                    run.directClosedLoop.concurrency(), run.directClosedLoop.duration().toSeconds(), run.directClosedLoop.throughput(),
                    run.gatewayClosedLoop.throughput(), 100 * run.gatewayClosedLoop.throughput() / run.directClosedLoop.throughput()));
        }
    }

    private static void ceiling(StringBuilder out, ProfileResult run) {
        out.append("\n### Ceiling: one booking's SQL by pgbench\n\n");
        if (run.ceiling.isEmpty()) {
            out.append("Not measured: pgbench is not installed (Debian package postgresql-client).\n");
            return;
        }
        PgbenchCeiling.Result ceiling = run.ceiling.get();
        out.append(format("Appointment + outbox insert per transaction, %d connections: %.0f tps, average latency %.2f ms.%n",
                ceiling.clients(), ceiling.transactionsPerSecond(), ceiling.averageLatencyMillis()));
        run.knee(PlatformBenchmark.BOOKINGS).flatMap(KneeSearch.Knee::knee).ifPresent(knee -> out.append(format(
                "Bookings at the knee as a share of the ceiling: **%.1f %%**.%n", 100 * knee.result().achievedRate()
                        / ceiling.transactionsPerSecond())));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}
