package com.clinicnetwork.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;

/** Waits for a process to become ready, failing fast with its log if it dies meanwhile. */
final class Readiness {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private Readiness() {
    }

    static void await(String what, Duration timeout, ManagedProcess process, Callable<Boolean> ready) {
        await(what, timeout, List.of(process), ready);
    }

    /** For something several processes make up, such as a Kafka cluster: it fails as soon as any of them dies. */
    static void await(String what, Duration timeout, List<ManagedProcess> processes, Callable<Boolean> ready) {
        Awaitility.await(what + " ready")
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    for (ManagedProcess process : processes) {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(process.name() + " exited during start-up. Last lines of "
                                    + process.logFile() + ":" + System.lineSeparator() + process.logTail(40));
                        }
                    }
                    return ready.call();
                });
    }

    /** True when the URL answers 200, e.g. a Spring Boot readiness probe. */
    static boolean answersOk(String url) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
