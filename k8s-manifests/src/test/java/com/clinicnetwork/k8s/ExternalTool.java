package com.clinicnetwork.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command-line tool the checks run, started in the repository's root with a time limit. Its output goes to temporary
 * files rather than pipes, which a chatty tool could fill and then block on; a tool that is not installed is reported
 * with {@code whenMissing}, how to get it, not as a bare "No such file".
 */
record ExternalTool(String command, String whenMissing) {

    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Duration TIME_LIMIT = Duration.ofMinutes(2);

    Run run(String... arguments) throws IOException, InterruptedException {
        List<String> commandLine = new ArrayList<>(List.of(command));
        commandLine.addAll(List.of(arguments));
        Path output = Files.createTempFile(command, ".out");
        Path errors = Files.createTempFile(command, ".err");
        try {
            Process process;
            try {
                process = new ProcessBuilder(commandLine).directory(REPOSITORY.toFile())
                        .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
            } catch (IOException notInstalled) {
                throw new IllegalStateException(whenMissing, notInstalled);
            }
            if (!process.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", commandLine) + " did not finish within " + TIME_LIMIT);
            }
            return new Run(String.join(" ", commandLine), process.exitValue(),
                    Files.readString(output, StandardCharsets.UTF_8), Files.readString(errors, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }

    /** One finished run: what it printed on standard output and on standard error. */
    record Run(String commandLine, int exitCode, String output, String errors) {

        /** @return this run, if the tool reported success; otherwise an exception quoting everything it printed */
        Run orFail() {
            if (exitCode != 0) {
                throw new AssertionError(commandLine + " failed (exit " + exitCode + "):\n" + output + errors);
            }
            return this;
        }
    }
}
