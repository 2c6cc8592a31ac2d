package com.clinicnetwork.notification.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.contracts.ContractExamples;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.messaging.metrics.ConsumerLagMetrics;
import com.clinicnetwork.notification.IntegrationTestBase;
import com.clinicnetwork.testsupport.kafka.ContractEvents;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.node.ObjectNode;

/** What operators see of notification-service: its business metrics, and the trace of the booking in its logs. */
@ExtendWith(OutputCaptureExtension.class)
class NotificationObservabilityIT extends IntegrationTestBase {

    private static final Duration EVENTUALLY = Duration.ofSeconds(20);

    @Autowired
    private MeterRegistry meters;
    @Autowired
    private ConsumerLagMetrics consumerLag;

    @Test
    void theConfirmationIsSentInTheTraceOfTheBookingThatCausedIt(CapturedOutput output) {
        publishDirectoryExamples();
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String email = "traced-" + UUID.randomUUID() + "@example.com";
        double sentBefore = count("clinic.notifications.sent", "appointment-confirmation");
        ProducerRecord<String, String> booked = booked(email, Instant.now().plus(7, ChronoUnit.DAYS));
        booked.headers().add("traceparent", ("00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01")
                .getBytes(StandardCharsets.UTF_8));

        try (TopicProbe outcomes = TopicProbe.readFromBeginning(bootstrapServers(), Topics.NOTIFICATIONS)) {
            send(booked);
            await().atMost(EVENTUALLY).until(() -> emailsTo(email).size() == 1);

            // The delivery's log line (JSON, with the trace id) and the notification.sent event both carry the trace on.
            await().atMost(EVENTUALLY).until(() -> output.getOut().lines()
                    .anyMatch(line -> line.contains("delivered at attempt") && line.contains(traceId)));
            ConsumerRecord<String, String> sent = outcomes.awaitRecord(EVENTUALLY,
                    record -> traceId.equals(traceIdOf(TopicProbe.header(record, "traceparent"))));
            assertThat(TopicProbe.header(sent, "ce_type")).isEqualTo(EventTypes.NOTIFICATION_SENT);
        }
        // The test's own mail server (GreenMail) runs in this JVM and logs its logins; the service must not.
        assertThat(output.getOut().lines().filter(line -> !line.contains("\"logger\":\"com.icegreen.greenmail")))
                .noneMatch(line -> line.contains(email));
        assertThat(count("clinic.notifications.sent", "appointment-confirmation")).isGreaterThanOrEqualTo(sentBefore + 1);
    }

    @Test
    void aReminderIsTimedFromWhenItFellDue() {
        publishDirectoryExamples();
        Duration overdue = Duration.ofSeconds(30);
        long before = reminderLags().count();
        double totalBefore = reminderLags().totalTime(TimeUnit.MILLISECONDS);
        String email = "reminded-" + UUID.randomUUID() + "@example.com";
        Instant startsAt = clock.instant().plus(Duration.ofHours(25)).truncatedTo(ChronoUnit.SECONDS);
        awaitConsumed(APPOINTMENTS_CONSUMER_GROUP, send(booked(email, startsAt)));

        // Its 24-hour reminder is issued half a minute after it fell due: the lag counts from then, not from the issue.
        advanceClockTo(startsAt.minus(Duration.ofHours(24)).plus(overdue));

        await().atMost(EVENTUALLY).until(() -> reminderLags().count() > before
                && reminderLags().totalTime(TimeUnit.MILLISECONDS) >= totalBefore + overdue.toMillis());
        assertThat(emailsTo(email)).hasSize(2);
    }

    @Test
    void deadLettersAreCountedBySourceTopicAndCause() {
        double before = deadLetters();

        send(new ProducerRecord<>(Topics.APPOINTMENTS, UUID.randomUUID().toString(), "{\"no\": \"headers\"}"));

        await().atMost(EVENTUALLY).until(() -> deadLetters() == before + 1);
    }

    @Test
    void consumerLagAndOutboxBacklogAreOnThePrometheusEndpoint() throws Exception {
        consumerLag.refresh();
        assertThat(meters.get("clinic.consumer.lag").tag("group", APPOINTMENTS_CONSUMER_GROUP).tag("topic", Topics.APPOINTMENTS)
                .gauge().value()).isGreaterThanOrEqualTo(0);

        String scrape = http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(scrape).contains(
                "clinic_consumer_lag_records{application=\"notification-service\",group=\"notification-service.appointments\",topic=\"clinic.appointments.v1\"}",
                "clinic_outbox_backlog_events{",
                "clinic_outbox_oldest_age_seconds{",
                "clinic_reminders_dispatch_lag_seconds_count{");
    }

    private static final String APPOINTMENTS_CONSUMER_GROUP = "notification-service.appointments";

    /**
     * An appointment.booked event (the contract example at the example clinic) for a fresh appointment and client, not
     * at risk of a no-show (no request to confirm among its messages).
     */
    private ProducerRecord<String, String> booked(String email, Instant startsAt) {
        UUID appointmentId = UUID.randomUUID();
        ObjectNode payload = (ObjectNode) json.readTree(ContractExamples.json(EventTypes.APPOINTMENT_BOOKED));
        payload.put("appointmentId", appointmentId.toString());
        payload.put("confirmationRequested", false);
        payload.put("clientId", UUID.randomUUID().toString());
        payload.put("startsAt", startsAt.toString());
        payload.put("endsAt", startsAt.plus(Duration.ofHours(1)).toString());
        ((ObjectNode) payload.get("client")).put("email", email);
        return ContractEvents.record(Topics.APPOINTMENTS, EventTypes.APPOINTMENT_BOOKED, appointmentId.toString(),
                json.writeValueAsString(payload));
    }

    private double count(String name, String template) {
        Counter counter = meters.find(name).tag("channel", "EMAIL").tag("template", template).counter();
        return counter == null ? 0 : counter.count();
    }

    private double deadLetters() {
        Counter counter = meters.find("clinic.deadletters").tag("topic", Topics.APPOINTMENTS).tag("cause", "InvalidEventException")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private Timer reminderLags() {
        return meters.get("clinic.reminders.dispatch.lag").timer();
    }

    private static String traceIdOf(String traceParent) {
        return traceParent == null ? null : traceParent.split("-")[1];
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
