package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.notification.delivery.NotificationRepository;
import com.clinicnetwork.notification.delivery.NotificationStatus;
import com.clinicnetwork.notification.delivery.email.EmailSender;
import com.clinicnetwork.notification.message.Addressee;
import com.clinicnetwork.notification.message.AppointmentVersion;
import com.clinicnetwork.notification.message.BookingConfirmation;
import com.clinicnetwork.notification.message.CancellationNotice;
import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.Message;
import com.clinicnetwork.notification.message.MessageContent;
import com.clinicnetwork.notification.message.Visit;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The dispatcher's workers deliver in parallel, each notification once, and the messages about one appointment in order. */
class DispatcherIT extends IntegrationTestBase {

    private static final UUID LOCATION = UUID.randomUUID();

    @Autowired
    private NotificationRepository notifications;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void aBurstOfBookingsGetsOneConfirmationEach() {
        List<Booking> bookings = IntStream.range(0, 30).mapToObj(i -> Booking.fresh(LOCATION)).toList();

        bookings.forEach(booking -> send(booked(booking)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(bookings)
                .allSatisfy(booking -> assertThat(emailsTo(booking.email())).hasSize(1)));
        assertThat(bookings).allSatisfy(booking -> assertThat(notificationsOf(booking.appointmentId()))
                .singleElement()
                .satisfies(notification -> assertThat(notification)
                        .containsEntry("status", "SENT")
                        .containsEntry("attempts", 1)));
    }

    @Test
    void aMessageAboutAnAppointmentWaitsUntilTheEarlierOneAboutItHasGoneOut() {
        Booking booking = Booking.fresh(LOCATION);
        Booking someoneElse = Booking.fresh(LOCATION);
        Visit visit = new Visit(booking.clientId(), LOCATION, UUID.randomUUID(), UUID.randomUUID(),
                Instant.parse("2027-01-11T09:00:00Z"), Instant.parse("2027-01-11T10:00:00Z"));
        // The confirmation is held back (as a retry after a failed attempt is) while the cancellation is already due.
        UUID confirmation = store(booking, new BookingConfirmation(new AppointmentVersion(booking.appointmentId(), 1), visit),
                clock.instant().plus(Duration.ofHours(1)));
        UUID cancellation = store(booking, new CancellationNotice(new AppointmentVersion(booking.appointmentId(), 2), visit, false),
                clock.instant());
        UUID unrelated = store(someoneElse, new BookingConfirmation(new AppointmentVersion(someoneElse.appointmentId(), 1),
                new Visit(someoneElse.clientId(), LOCATION, visit.therapistId(), visit.treatmentId(), visit.startsAt(),
                        visit.endsAt())), clock.instant());

        // The cancellation was due before the other client's confirmation; once that has gone out, it was passed over.
        await().atMost(Duration.ofSeconds(10)).until(() -> status(unrelated).equals("SENT"));
        assertThat(status(cancellation)).isEqualTo("PENDING");
        assertThat(emailsTo(booking.email())).isEmpty();

        jdbc.sql("UPDATE notification SET next_attempt_at = :now WHERE id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", confirmation)
                .update();

        await().atMost(Duration.ofSeconds(10)).until(() -> emailsTo(booking.email()).size() == 2);
        assertThat(emailsTo(booking.email())).extracting(DispatcherIT::notificationId)
                .containsExactly(confirmation.toString(), cancellation.toString());
    }

    /** Stores a pending email, one millisecond after the one stored before it. */
    private UUID store(Booking booking, MessageContent content, Instant dueAt) {
        clock.advance(Duration.ofMillis(1));
        Message message = new Message("dispatcher-it:" + UUID.randomUUID(), content,
                new Addressee(booking.email(), booking.firstName(), null));
        transactions.executeWithoutResult(status -> notifications.insert(message, Channel.EMAIL, null, booking.email(),
                NotificationStatus.PENDING, dueAt.truncatedTo(ChronoUnit.MICROS)));
        return jdbc.sql("SELECT id FROM notification WHERE occasion = :occasion")
                .param("occasion", message.occasion())
                .query(UUID.class)
                .single();
    }

    private String status(UUID notification) {
        return jdbc.sql("SELECT status FROM notification WHERE id = :id").param("id", notification).query(String.class).single();
    }

    private static String notificationId(MimeMessage email) {
        try {
            return email.getHeader(EmailSender.NOTIFICATION_ID_HEADER, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
