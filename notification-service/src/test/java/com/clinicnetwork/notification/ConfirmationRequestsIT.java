package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.notification.reminder.ReminderDispatcher;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The extra reminder of a booking at risk of a no-show ({@code confirmationRequested} in its events): a request to
 * confirm, 48 hours before the start (the default lead), sent through the reminder dispatcher on the test clock to the
 * SMTP test server; ended by {@code appointment.confirmed} and by a cancellation, planned anew by a reschedule.
 */
class ConfirmationRequestsIT extends IntegrationTestBase {

    private static final Duration LEAD = Duration.ofHours(48);
    private static final Map<String, Object> AT_RISK = Map.of("confirmationRequested", true);
    private static final String SUBJECT = "Please confirm: ";

    @Autowired
    private ReminderDispatcher reminderDispatcher;

    private Booking booking;

    @BeforeEach
    void aClientOfTheExampleClinic() {
        publishDirectoryExamples();
        booking = Booking.fresh(EXAMPLE_LOCATION);
    }

    @Test
    void aBookingAtRiskAsksItsClientToConfirmTwoDaysBeforeWithALinkToTheAppointment() throws Exception {
        Instant startsAt = inDays(5);
        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, startsAt, AT_RISK)));

        assertThat(confirmationRequests()).containsExactly(Map.of("due_at", startsAt.minus(LEAD), "status", "SCHEDULED"));
        assertThat(ordinaryReminders()).hasSize(2);

        advanceClockTo(startsAt.minus(LEAD));
        MimeMessage request = awaitRequestEmail();
        assertThat(request.getSubject()).startsWith(SUBJECT + "Knee pain relief massage, 60 min on ");
        assertThat(plainText(request))
                .contains("Hello Priya,")
                .contains("please let us know that you will come to your appointment")
                .contains(WEB_APP + "/client/appointments/" + booking.appointmentId());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notificationsOf(booking.appointmentId()))
                .filteredOn(n -> "appointment-confirmation-request".equals(n.get("template")))
                .singleElement()
                .satisfies(n -> assertThat(n).containsEntry("status", "SENT")));
        assertThat(confirmationRequests()).extracting(r -> r.get("status")).containsExactly("ISSUED");
    }

    @Test
    void anOrdinaryBookingGetsNoRequest() {
        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, inDays(5), Map.of())));

        assertThat(confirmationRequests()).isEmpty();
        assertThat(ordinaryReminders()).hasSize(2);
    }

    @Test
    void onceTheClientHasConfirmedTheRequestIsNotSent() {
        Instant startsAt = inDays(5);
        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, startsAt, AT_RISK));
        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_CONFIRMED, booking, 2, startsAt, AT_RISK)));

        assertThat(confirmationRequests()).extracting(r -> r.get("status")).containsExactly("CANCELLED");
        // Past the time it would have been due, with a dispatcher pass after it; the ordinary reminders still come.
        advanceClockTo(startsAt.minus(LEAD).plus(Duration.ofMinutes(1)));
        reminderDispatcher.issueDueReminders();

        assertThat(confirmationRequests()).extracting(r -> r.get("status")).containsExactly("CANCELLED");
        assertThat(ordinaryReminders()).extracting(r -> r.get("status")).containsOnly("SCHEDULED");
        assertThat(notificationsOf(booking.appointmentId())).extracting(n -> n.get("template"))
                .containsExactly("appointment-confirmation");
        assertThat(emailsTo(booking.email())).extracting(ConfirmationRequestsIT::subject).noneMatch(s -> s.startsWith(SUBJECT));
    }

    @Test
    void aBookingAtRiskMadeLessThanTwoDaysAheadAsksAtOnce() throws Exception {
        Instant startsAt = clock.instant().plus(Duration.ofHours(30)).truncatedTo(ChronoUnit.SECONDS);
        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, startsAt, AT_RISK));

        MimeMessage request = awaitRequestEmail();
        assertThat(plainText(request)).contains(WEB_APP + "/client/appointments/" + booking.appointmentId());
    }

    @Test
    void aRescheduleAtRiskPlansTheRequestForTheNewTimeAndOneNotAtRiskAnyMoreDropsIt() {
        Instant original = inDays(5);
        Instant moved = inDays(4);
        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, original, AT_RISK));
        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_RESCHEDULED, booking, 2, moved,
                Map.of("confirmationRequested", true, "previousStartsAt", original.toString()))));

        assertThat(confirmationRequests()).containsExactly(Map.of("due_at", moved.minus(LEAD), "status", "SCHEDULED"));

        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_RESCHEDULED, booking, 3, inDays(6),
                Map.of("confirmationRequested", false, "previousStartsAt", moved.toString()))));

        assertThat(confirmationRequests()).extracting(r -> r.get("status")).containsExactly("CANCELLED");
    }

    @Test
    void aConfirmationGivenForTheOldTimeIsAskedForAgainAfterAReschedule() throws Exception {
        Instant original = inDays(5);
        Instant moved = clock.instant().plus(Duration.ofHours(20)).truncatedTo(ChronoUnit.SECONDS);
        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, original, AT_RISK));
        send(appointmentEvent(EventTypes.APPOINTMENT_CONFIRMED, booking, 2, original, AT_RISK));
        send(appointmentEvent(EventTypes.APPOINTMENT_RESCHEDULED, booking, 3, moved,
                Map.of("confirmationRequested", true, "previousStartsAt", original.toString())));

        assertThat(awaitRequestEmail().getSubject()).startsWith(SUBJECT);
    }

    @Test
    void aCancellationDropsTheRequest() {
        Instant startsAt = inDays(5);
        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, startsAt, AT_RISK));
        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_CANCELLED, booking, 2, startsAt, AT_RISK)));

        assertThat(confirmationRequests()).extracting(r -> r.get("status")).containsExactly("CANCELLED");
    }

    @Test
    void aClientWhoOptedOutOfConfirmationRequestsGetsNoneAndItIsRecordedAsSkipped() {
        http.put().uri("/api/v1/clients/{id}/notification-preferences", booking.clientId())
                .header("Authorization", bearer(TokenClaims.client("client", booking.clientId())))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"channels\":[\"EMAIL\"],\"optOuts\":[\"appointment-confirmation-request\"]}")
                .exchange().expectStatus().isOk();
        Instant startsAt = clock.instant().plus(Duration.ofHours(30)).truncatedTo(ChronoUnit.SECONDS);
        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, startsAt, AT_RISK));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(notificationsOf(booking.appointmentId()))
                .filteredOn(n -> "appointment-confirmation-request".equals(n.get("template")))
                .singleElement()
                .satisfies(n -> assertThat(n).containsEntry("status", "SKIPPED")));
        assertThat(emailsTo(booking.email())).extracting(ConfirmationRequestsIT::subject).noneMatch(s -> s.startsWith(SUBJECT));
    }

    private Instant inDays(int days) {
        return clock.instant().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
    }

    private MimeMessage awaitRequestEmail() {
        await().atMost(Duration.ofSeconds(15)).until(() -> emailsTo(booking.email()).stream()
                .anyMatch(email -> subject(email).startsWith(SUBJECT)));
        return emailsTo(booking.email()).stream().filter(email -> subject(email).startsWith(SUBJECT)).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> confirmationRequests() {
        return remindersOfKind("CONFIRMATION_REQUEST");
    }

    private List<Map<String, Object>> ordinaryReminders() {
        return remindersOfKind("REMINDER");
    }

    private List<Map<String, Object>> remindersOfKind(String kind) {
        return jdbc.sql("SELECT due_at, status FROM reminder WHERE appointment_id = :id AND kind = :kind ORDER BY due_at")
                .param("id", booking.appointmentId())
                .param("kind", kind)
                .query((rs, row) -> Map.<String, Object>of("due_at", rs.getTimestamp("due_at").toInstant(),
                        "status", rs.getString("status")))
                .list();
    }

    private static String subject(MimeMessage email) {
        try {
            return email.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
