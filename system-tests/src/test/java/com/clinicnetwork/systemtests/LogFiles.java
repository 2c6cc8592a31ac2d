package com.clinicnetwork.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The log files of every process of the platform under test. */
final class LogFiles {

    private LogFiles() {
    }

    static void assertNoneContains(List<String> personalData) {
        Path logs = SystemUnderTest.platform().settings().dataDir().resolve("logs");
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.filter(file -> file.toString().endsWith(".log")).toList()) {
                String content = Files.readString(log);
                assertThat(personalData).as("personal data in %s", log.getFileName()).noneMatch(content::contains);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
