package com.clinicnetwork.benchmark;

import com.clinicnetwork.launcher.LocalPlatform;
import com.clinicnetwork.launcher.MailServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Booking commit to email delivered: books at a steady rate, each booking of a step for a different client, and
 * times from the booking's 201 response (the transaction has committed) to the message arriving in the SMTP server,
 * through outbox relay, Kafka, notification-service and SMTP. A booking whose email has not arrived a minute after
 * the step counts as an error.
 */
final class EventLatency {

    private static final Duration DELIVERY_WAIT = Duration.ofSeconds(60);

    private EventLatency() {
    }

    static OpenModelLoad.Result measure(LocalPlatform platform, Api admin, BenchmarkChain chain, double rate, Duration duration) {
        MailServer mail = platform.mailServer();
        int alreadyReceived = mail.receivedRecipients().size();
        Map<String, Long> bookedAt = new ConcurrentHashMap<>();
        Map<String, Long> receivedAt = new ConcurrentHashMap<>();
        long bookings = Math.round(rate * duration.toMillis() / 1000.0);
        if (bookings > chain.clientIds.size()) {
            throw new IllegalArgumentException("Not enough benchmark clients for " + bookings + " bookings with an email each");
        }
        Thread watcher = new Thread(() -> watch(mail, alreadyReceived, receivedAt), "mail-watcher");
        watcher.setDaemon(true);
        watcher.start();
        OpenModelLoad.Result booked = OpenModelLoad.run("booking for commit to email", rate, duration, () -> {
            int client = chain.nextClient();
            String email = chain.clientEmails.get(client);
            return admin.sendAsync("POST", "/api/v1/appointments", chain.nextBooking(chain.clientIds.get(client)))
                    .thenApply(status -> {
                        if (status == 201) {
                            bookedAt.put(email, System.nanoTime());
                        }
                        return status;
                    });
        }, status -> status == 201);
        try {
            Awaitility.await("confirmation emails").atMost(DELIVERY_WAIT).pollInterval(Duration.ofMillis(100))
                    .until(() -> receivedAt.keySet().containsAll(bookedAt.keySet()));
        } catch (ConditionTimeoutException e) {
            // Counted below: every booking without its email is an error of the step.
        }
        watcher.interrupt();
        Histogram latencies = new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
        long delivered = 0;
        for (Map.Entry<String, Long> booking : bookedAt.entrySet()) {
            Long received = receivedAt.get(booking.getKey());
            if (received != null) {
                latencies.recordValue(Math.max(0, (received - booking.getValue()) / 1000));
                delivered++;
            }
        }
        return new OpenModelLoad.Result("commit to email " + Math.round(rate) + "/s", rate, duration, booked.sent(), delivered,
                booked.sent() - delivered, latencies);
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
