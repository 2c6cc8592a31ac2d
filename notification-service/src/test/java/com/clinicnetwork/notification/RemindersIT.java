package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.notification.reminder.ReminderDispatcher;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reminders (24 h and 2 h before, the default) across booking, reschedule, cancellation and downtime. */
class RemindersIT extends IntegrationTestBase {

    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration TWO_HOURS = Duration.ofHours(2);

    @Autowired
    private ReminderDispatcher reminderDispatcher;

    private Booking booking;

    @BeforeEach
    void aClientOfTheExampleClinic() {
        publishDirectoryExamples();
        booking = Booking.fresh(EXAMPLE_LOCATION);
    }

    @Test
    void aBookingSchedulesBothRemindersAndTheDueOneIsSentBeforeTheAppointment() throws Exception {
        Instant startsAt = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, startsAt, Map.of())));

        assertThat(reminders()).containsExactly(
                Map.of("lead_time", "PT24H", "due_at", startsAt.minus(DAY), "status", "SCHEDULED"),
                Map.of("lead_time", "PT2H", "due_at", startsAt.minus(TWO_HOURS), "status", "SCHEDULED"));

        advanceClockTo(startsAt.minus(DAY));
        MimeMessage reminder = awaitReminderEmail();
        assertThat(reminder.getSubject()).startsWith("Reminder: Knee pain relief massage, 60 min on ");
        assertThat(plainText(reminder)).contains("a reminder of your upcoming appointment");
        assertThat(reminders()).extracting(r -> r.get("status")).containsExactly("ISSUED", "SCHEDULED");
    }

    @Test
    void aRescheduleMovesTheRemindersAndTheReminderShowsTheNewTime() throws Exception {
        Instant original = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        Instant moved = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, original, Map.of()));
        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_RESCHEDULED, booking, 2, moved,
                Map.of("previousStartsAt", original.toString()))));

        assertThat(reminders()).extracting(r -> r.get("due_at")).containsExactly(moved.minus(DAY), moved.minus(TWO_HOURS));

        advanceClockTo(moved.minus(DAY));
        MimeMessage reminder = awaitReminderEmail();
        String newTime = java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(java.time.ZoneId.of("Europe/London")).format(moved);
        assertThat(reminder.getSubject()).endsWith(" at " + newTime);
    }

    @Test
    void aCancellationDropsTheRemindersSoNoneIsSent() {
        Instant startsAt = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, startsAt, Map.of()));
        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_CANCELLED, booking, 2, startsAt, Map.of())));

        assertThat(reminders()).extracting(r -> r.get("status")).containsExactly("CANCELLED", "CANCELLED");
        // Past the time both reminders would have been due, with a dispatcher pass after it:
        advanceClockTo(startsAt.minus(Duration.ofMinutes(1)));
        reminderDispatcher.issueDueReminders();

        assertThat(reminders()).extracting(r -> r.get("status")).containsExactly("CANCELLED", "CANCELLED");
        assertThat(notificationsOf(booking.appointmentId())).extracting(n -> n.get("template"))
                .containsExactlyInAnyOrder("appointment-confirmation", "appointment-cancelled");
    }

    @Test
    void aReminderThatFellDueWhileTheServiceWasDownIsStillSentIfTheAppointmentHasNotStarted() throws Exception {
        // Booked three hours ago for 22 hours from now: the 24 h reminder fell due two hours ago, during the outage.
        Instant startsAt = clock.instant().plus(Duration.ofHours(22)).truncatedTo(ChronoUnit.SECONDS);
        send(writtenAt(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, startsAt, Map.of()),
                clock.instant().minus(Duration.ofHours(3))));

        MimeMessage reminder = awaitReminderEmail();
        assertThat(reminder.getSubject()).startsWith("Reminder:");
        assertThat(reminders()).extracting(r -> r.get("status")).containsExactly("ISSUED", "SCHEDULED");
    }

    @Test
    void aReminderThatFellDueWhileTheServiceWasDownIsSkippedAndRecordedIfTheAppointmentHasStarted() {
        // Booked 30 hours ago for an appointment that started an hour ago; the service saw nothing since.
        Instant startsAt = clock.instant().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        send(writtenAt(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, startsAt, Map.of()),
                clock.instant().minus(Duration.ofHours(30))));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(reminders()).extracting(r -> r.get("status")).containsExactly("SKIPPED", "SKIPPED"));
        assertThat(notificationsOf(booking.appointmentId())).extracting(n -> n.get("template"))
                .doesNotContain("appointment-reminder");
    }

    @Test
    void remindersPersistedBeforeARestartAreIssuedExactlyOnceBySeveralDispatchers() throws Exception {
        // Reminders left due by a stopped service: several dispatchers (replicas, or the restarted one) race for them.
        Instant startsAt = clock.instant().plus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);
        RecordMetadata booked = send(writtenAt(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, startsAt, Map.of()),
                clock.instant().minus(Duration.ofDays(2))));
        awaitConsumed(APPOINTMENTS_CONSUMER, booked);
        CompletableFuture.allOf(IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.runAsync(reminderDispatcher::issueDueReminders))
                .toArray(CompletableFuture[]::new)).join();

        // One reminder notification, and once it is sent (its delivery committed) nothing is left to send another email.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(notificationsOf(booking.appointmentId()))
                .filteredOn(n -> "appointment-reminder".equals(n.get("template")))
                .singleElement()
                .satisfies(n -> assertThat(n).containsEntry("status", "SENT")));
        assertThat(reminders()).extracting(r -> r.get("status")).containsExactly("ISSUED", "SCHEDULED");
        assertThat(emailsTo(booking.email()).stream().filter(email -> subject(email).startsWith("Reminder:"))).hasSize(1);
    }

    private MimeMessage awaitReminderEmail() {
        await().atMost(Duration.ofSeconds(15)).until(() -> emailsTo(booking.email()).stream()
                .anyMatch(email -> subject(email).startsWith("Reminder:")));
        return emailsTo(booking.email()).stream().filter(email -> subject(email).startsWith("Reminder:")).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> reminders() {
        return jdbc.sql("SELECT lead_time, due_at, status FROM reminder WHERE appointment_id = :id ORDER BY due_at")
                .param("id", booking.appointmentId())
                .query((rs, row) -> Map.<String, Object>of("lead_time", rs.getString("lead_time"),
                        "due_at", rs.getTimestamp("due_at").toInstant(), "status", rs.getString("status")))
                .list();
    }

    private static String subject(MimeMessage email) {
        try {
            return email.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
