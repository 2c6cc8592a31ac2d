package com.clinicnetwork.benchmark;

import com.clinicnetwork.launcher.LocalPlatform;
import com.clinicnetwork.launcher.MailServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.awaitility.Awaitility;

/**
 * Booking commit to email delivered: books at a steady rate, each booking for a different client,
 * and times from the booking's 201 response (the transaction has committed) to the message arriving
 * in the SMTP server, through outbox relay, Kafka, notification-service and SMTP.
 */
final class EventLatency {

    record Result(int rate, Duration duration, int bookings, int delivered, Histogram latencyMicros) {
        double percentileMillis(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private EventLatency() {
    }

    static Result measure(LocalPlatform platform, Api admin, BenchmarkChain chain, int rate, Duration duration) {
        MailServer mail = platform.mailServer();
        int alreadyReceived = mail.receivedRecipients().size();
        Map<String, Long> bookedAt = new ConcurrentHashMap<>();
        Map<String, Long> receivedAt = new ConcurrentHashMap<>();
        int bookings = (int) (rate * duration.toSeconds());
        if (bookings > chain.clientIds.size() - 2) {
            throw new IllegalArgumentException("Not enough benchmark clients for " + bookings + " bookings");
        }
        AtomicInteger next = new AtomicInteger(2);
        Thread watcher = new Thread(() -> watch(mail, alreadyReceived, receivedAt), "mail-watcher");
        watcher.setDaemon(true);
        watcher.start();
        OpenModelLoad.run("event latency", rate, duration, () -> {
            int client = next.getAndIncrement();
            String email = chain.clientEmails.get(client);
            return admin.sendAsync("POST", "/api/v1/appointments", chain.nextBooking(chain.clientIds.get(client)))
                    .thenApply(status -> {
                        if (status == 201) {
                            bookedAt.put(email, System.nanoTime());
                        }
                        return status;
                    });
        }, status -> status == 201);
        Awaitility.await("confirmation emails").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> receivedAt.keySet().containsAll(bookedAt.keySet()));
        watcher.interrupt();
        Histogram latencies = new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
        bookedAt.forEach((email, booked) -> latencies.recordValue(Math.max(0, (receivedAt.get(email) - booked) / 1000)));
        return new Result(rate, duration, bookings, bookedAt.size(), latencies);
    }

    private static void watch(MailServer mail, int alreadyReceived, Map<String, Long> receivedAt) {
        int seen = alreadyReceived;
        while (!Thread.currentThread().isInterrupted()) {
            List<String> recipients = mail.receivedRecipients();
            long now = System.nanoTime();
            for (int i = seen; i < recipients.size(); i++) {
                receivedAt.putIfAbsent(recipients.get(i), now);
            }
            seen = recipients.size();
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
