package com.clinicnetwork.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the child processes of a run, so that a launcher killed without running its shutdown hook
 * (kill -9, a crashed terminal) does not leave services holding the ports of the next run.
 */
final class StalePids {

    private static final Logger log = LoggerFactory.getLogger(StalePids.class);

    private StalePids() {
    }

    static void record(Path file, List<ManagedProcess> processes) {
        try {
            Files.write(file, processes.stream().map(process -> Long.toString(process.pid())).toList());
        } catch (IOException e) {
            log.warn("Could not record child process ids in {}: {}", file, e.toString());
        }
    }

    static void stopLeftovers(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                parsePid(line).flatMap(ProcessHandle::of)
                        .filter(StalePids::isJavaStartedByUs)
                        .ifPresent(StalePids::stop);
            }
            Files.delete(file);
        } catch (IOException e) {
            log.warn("Could not read {}: {}", file, e.toString());
        }
    }

    static void clear(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.toString());
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isJavaStartedByUs(ProcessHandle process) {
        return process.info().commandLine()
                .map(command -> command.contains("kafka.Kafka") || LocalPlatform.APPLICATIONS.stream()
                        .anyMatch(service -> command.contains(service + ".jar")))
                .orElse(false);
    }

    private static void stop(ProcessHandle process) {
        log.warn("Stopping process {} left over from a previous run", process.pid());
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
