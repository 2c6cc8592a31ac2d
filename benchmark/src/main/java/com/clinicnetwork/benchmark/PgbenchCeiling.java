package com.clinicnetwork.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ceiling for bookings: the SQL of one booking (appointment row plus outbox row in one
 * transaction) driven by pgbench against the same PostgreSQL server, with no HTTP, JSON or Kafka.
 * Outbox rows are written as already published so the running relay leaves them alone.
 */
final class PgbenchCeiling {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    record Result(double transactionsPerSecond, double averageLatencyMillis, int clients, String command) {
    }

    private PgbenchCeiling() {
    }

    static Optional<Result> run(int port, BenchmarkChain chain, Path workDir, int clients, int seconds) throws IOException, InterruptedException {
        if (!onPath("pgbench")) {
            return Optional.empty();
        }
        Path script = workDir.resolve("booking-transaction.sql");
        Files.writeString(script, """
                \\set minute random(1, 50000000)
                BEGIN;
                INSERT INTO appointment (id, client_id, therapist_id, location_id, treatment_id, starts_at, ends_at, blocked_until, status, version)
                  VALUES (gen_random_uuid(), CAST(:client AS uuid), gen_random_uuid(), CAST(:location AS uuid), CAST(:treatment AS uuid),
                          now() + make_interval(mins => :minute), now() + make_interval(mins => :minute + 30),
                          now() + make_interval(mins => :minute + 30), 'BOOKED', 1);
                INSERT INTO outbox_event (id, topic, message_key, event_type, subject, schema_version, payload, trace_parent, published_at)
                  VALUES (gen_random_uuid(), 'clinic.appointments.v1', :client, 'appointment.booked', :client, 1,
                          '{"appointmentId":"e7f8a9b0-c1d2-4e3f-a4b5-c6d7e8f9a004","version":1,"status":"BOOKED","clientId":"f1e2d3c4-b5a6-4978-8695-a4b3c2d1e005","therapistId":"c3e4f5a6-7b8c-4d9e-8f01-a2b3c4d5e603","locationId":"0b7d3c1e-1d7f-4d55-9a53-2f0c5d7c1a01","treatmentId":"5a1c9e6b-3f2d-4e8a-b7c4-9d0e1f2a3b02","startsAt":"2026-12-01T10:00:00Z","endsAt":"2026-12-01T11:00:00Z","client":{"firstName":"Bench","email":"bench@bench.example","locale":"en-GB"}}',
                          '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', now());
                COMMIT;
                """);
        List<String> command = List.of("pgbench", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres",
                "-n", "-M", "prepared", "-c", Integer.toString(clients), "-j", "2", "-T", Integer.toString(seconds),
                "-D", "client=" + chain.clientIds.get(0), "-D", "location=" + chain.locationId,
                "-D", "treatment=" + chain.treatmentId, "-f", script.toString(), "booking_service");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "postgres");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        return Optional.of(new Result(number(TPS, output), number(LATENCY, output), clients, String.join(" ", command)));
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("Unexpected pgbench output:\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
