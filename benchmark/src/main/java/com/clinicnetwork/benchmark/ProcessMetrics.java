package com.clinicnetwork.benchmark;

import com.clinicnetwork.launcher.LocalPlatform;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resident memory of each process (Linux /proc) and each service's own start-up time (its ready metric). */
final class ProcessMetrics {

    private static final Pattern READY_TIME = Pattern.compile("^application_ready_time_seconds\\{[^}]*} ([0-9.Ee+-]+)$", Pattern.MULTILINE);
    private static final List<String> SERVICES = List.of("therapist-service", "booking-service", "notification-service", "gateway");

    private ProcessMetrics() {
    }

    static Map<String, Long> residentMemory(LocalPlatform platform) throws IOException {
        Map<String, Long> rssMegabytes = new LinkedHashMap<>();
        for (Map.Entry<String, Long> process : platform.processIds().entrySet()) {
            Path status = Path.of("/proc", Long.toString(process.getValue()), "status");
            if (!Files.exists(status)) {
                continue;
            }
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    rssMegabytes.put(process.getKey(), Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
                }
            }
        }
        return rssMegabytes;
    }

    static Map<String, Double> readyTimes(LocalPlatform platform) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String service : SERVICES) {
            String body = http.send(HttpRequest.newBuilder(URI.create(platform.serviceUrl(service) + "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher matcher = READY_TIME.matcher(body);
            if (matcher.find()) {
                seconds.put(service, Double.parseDouble(matcher.group(1)));
            }
        }
        return seconds;
    }
}
