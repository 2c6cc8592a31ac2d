package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.notification.delivery.Dispatcher;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * A course booked in one go is confirmed by one email listing every session, with one calendar file holding them all;
 * its sessions' own booking events record them and schedule their reminders without a confirmation each.
 */
class CourseConfirmationIT extends IntegrationTestBase {

    /** A weekly course at 10:00 London time across the change to summer time (28 March 2027). */
    private static final List<Instant> WEEKLY_AT_TEN = List.of(Instant.parse("2027-03-22T10:00:00Z"),
            Instant.parse("2027-03-29T09:00:00Z"), Instant.parse("2027-04-05T09:00:00Z"));
    private static final List<String> ICS_STARTS = List.of("20270322T100000Z", "20270329T090000Z", "20270405T090000Z");

    @Autowired
    private Dispatcher dispatcher;

    private Booking first;
    private List<Booking> sessions;
    private UUID seriesId;

    @BeforeEach
    void aCourseOfThreeSessionsAtTheExampleClinic() {
        publishDirectoryExamples();
        first = Booking.fresh(EXAMPLE_LOCATION);
        sessions = List.of(first, first.another(), first.another());
        seriesId = UUID.randomUUID();
    }

    @Test
    void oneEmailListsEverySessionInTheLocationsTimeAndItsCalendarFileHoldsThemAll() throws Exception {
        MimeMessage email = awaitTheOnlyEmail(bookTheCourse("en-GB"));

        assertThat(email.getSubject()).isEqualTo("Course booked: 3 sessions of Knee pain relief massage, 60 min from Mon 22 Mar 2027");
        assertThat(lines(email))
                .startsWith("Hello Priya,")
                .contains("your course of 3 sessions is booked")
                .contains("With:  Maya Okafor")
                .contains("Where: Riverside Clinic, 12 Riverside Walk, Manchester M3 4JR")
                .contains("1. Monday 22 March 2027, 10:00–11:00 GMT\n2. Monday 29 March 2027, 10:00–11:00 BST\n"
                        + "3. Monday 5 April 2027, 10:00–11:00 BST\n");

        List<String> calendars = partsOfType(email, "text/calendar");
        assertThat(calendars).hasSize(1);
        String ics = calendars.get(0);
        assertThat(ics).doesNotContain("METHOD:").contains("SEQUENCE:1\r\n").contains("STATUS:CONFIRMED\r\n");
        assertThat(Pattern.compile("BEGIN:VEVENT").matcher(ics).results().count()).isEqualTo(3);
        for (int i = 0; i < sessions.size(); i++) {
            assertThat(ics).contains("UID:" + sessions.get(i).appointmentId() + "@clinic-network.example\r\n")
                    .contains("DTSTART:" + ICS_STARTS.get(i) + "\r\n");
        }
        // A file to import: the MIME type names a method only when the object has one (RFC 5545).
        assertThat(calendarContentTypes(email)).singleElement().asString().startsWith("text/calendar").doesNotContain("method");

        for (Booking session : sessions) {
            assertThat(jdbc.sql("SELECT count(*) FROM reminder WHERE appointment_id = :id AND status = 'SCHEDULED'")
                    .param("id", session.appointmentId()).query(Long.class).single()).isPositive();
            // A session's notifications include the confirmation of its course.
            assertThat(notificationsOf(session.appointmentId())).singleElement().satisfies(notification -> {
                assertThat(notification).containsEntry("template", "course-confirmation")
                        .containsEntry("seriesId", seriesId.toString())
                        .containsEntry("status", "SENT");
                assertThat(notification.get("appointmentId")).isNull();
            });
        }
    }

    @Test
    void theCourseAnnouncedAgainOrASessionRedeliveredSendsNoSecondEmail() {
        awaitTheOnlyEmail(bookTheCourse("en-GB"));

        send(courseBooked(first, seriesId, ids(), WEEKLY_AT_TEN, "en-GB"));
        RecordMetadata last = send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, sessions.get(1), 1, WEEKLY_AT_TEN.get(1),
                Map.of("seriesId", seriesId.toString())));
        awaitConsumed(APPOINTMENTS_CONSUMER, last);
        dispatcher.deliverDue();

        assertThat(emailsTo(first.email())).hasSize(1);
    }

    @Test
    void aLaterMessageAboutOneSessionUpdatesItsOwnCalendarEntry() {
        awaitTheOnlyEmail(bookTheCourse("en-GB"));
        Booking second = sessions.get(1);

        send(appointmentEvent(EventTypes.APPOINTMENT_RESCHEDULED, second, 2, WEEKLY_AT_TEN.get(1).plus(Duration.ofHours(2)),
                Map.of("seriesId", seriesId.toString(), "previousStartsAt", WEEKLY_AT_TEN.get(1).toString())));

        await().atMost(Duration.ofSeconds(10)).until(() -> emailsTo(first.email()).size() == 2);
        assertThat(partsOfType(emailsTo(first.email()).get(1), "text/calendar")).singleElement().asString()
                .contains("METHOD:REQUEST\r\n")
                .contains("UID:" + second.appointmentId() + "@clinic-network.example\r\n")
                .contains("SEQUENCE:2\r\n");
    }

    @Test
    void aGermanClientGetsTheCourseInGerman() throws Exception {
        MimeMessage email = awaitTheOnlyEmail(bookTheCourse("de-DE"));

        assertThat(email.getSubject()).isEqualTo("Kurs gebucht: 3 Termine Knee pain relief massage, 60 min ab Mo., 22. März 2027");
        assertThat(lines(email))
                .startsWith("Hallo Priya,")
                .contains("Ihre Termine:\n1. Montag, 22. März 2027, 10:00–11:00 GMT\n2. Montag, 29. März 2027, 10:00–11:00 BST\n");
    }

    @Test
    void inQuietHoursTheCourseConfirmationWaitsUntilTheyEndAsABookingConfirmationDoes() {
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        LocalTime now = LocalTime.ofInstant(minute, ZoneOffset.UTC);
        http.put().uri("/api/v1/clients/{id}/notification-preferences", first.clientId())
                .header("Authorization", bearer(TokenClaims.client("client", first.clientId())))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"channels":["EMAIL"],"quietHours":{"start":"%s","end":"%s","timeZone":"UTC"}}"""
                        .formatted(now.minusHours(1), now.plusHours(2)))
                .exchange().expectStatus().isOk();

        awaitConsumed(APPOINTMENTS_CONSUMER, bookTheCourse("en-GB"));

        Instant due = jdbc.sql("SELECT next_attempt_at FROM notification WHERE series_id = :id")
                .param("id", seriesId).query(Instant.class).single();
        assertThat(due).isEqualTo(minute.plus(Duration.ofHours(2)));
        advanceClockTo(due.minus(Duration.ofMinutes(1)));
        dispatcher.deliverDue();
        assertThat(emailsTo(first.email())).isEmpty();

        advanceClockTo(due);
        await().atMost(Duration.ofSeconds(10)).until(() -> emailsTo(first.email()).size() == 1);
    }

    /** Every session's booking, naming the course, then the course itself; answers the last record sent. */
    private RecordMetadata bookTheCourse(String locale) {
        for (int i = 0; i < sessions.size(); i++) {
            send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, sessions.get(i), 1, WEEKLY_AT_TEN.get(i),
                    Map.of("seriesId", seriesId.toString())));
        }
        return send(courseBooked(first, seriesId, ids(), WEEKLY_AT_TEN, locale));
    }

    private List<UUID> ids() {
        return sessions.stream().map(Booking::appointmentId).toList();
    }

    /**
     * Waits until everything sent is consumed and an email has arrived, then delivers whatever else is due: the email
     * must stay the only one.
     */
    private MimeMessage awaitTheOnlyEmail(RecordMetadata last) {
        awaitConsumed(APPOINTMENTS_CONSUMER, last);
        await().atMost(Duration.ofSeconds(10)).until(() -> !emailsTo(first.email()).isEmpty());
        dispatcher.deliverDue();
        assertThat(emailsTo(first.email())).hasSize(1);
        return emailsTo(first.email()).get(0);
    }

    /** The email's text with the line breaks as written, not as SMTP carries them (CRLF). */
    private static String lines(MimeMessage email) {
        return plainText(email).replace("\r\n", "\n");
    }

    private static List<String> calendarContentTypes(Part part) throws MessagingException, IOException {
        List<String> found = new ArrayList<>();
        if (part.isMimeType("text/calendar")) {
            found.add(part.getContentType());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                found.addAll(calendarContentTypes(multipart.getBodyPart(i)));
            }
        }
        return found;
    }
}
