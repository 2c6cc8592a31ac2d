package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.contracts.ContractExamples;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.notification.NotificationOutcome;
import com.clinicnetwork.notification.delivery.email.EmailSender;
import com.clinicnetwork.servicedefaults.links.CheckInLinks;
import com.clinicnetwork.testsupport.kafka.ContractEvents;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Every appointment event type, fed through Kafka, leads to the message a client expects, by real SMTP. */
class EveryMessageTypeIT extends IntegrationTestBase {

    private static final Instant DEC_1_10_00 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant DEC_8_10_00 = Instant.parse("2026-12-08T10:00:00Z");

    private Booking booking;

    @BeforeEach
    void aClientOfTheExampleClinic() {
        publishDirectoryExamples();
        booking = Booking.fresh(EXAMPLE_LOCATION);
    }

    @Test
    void aConfirmationCarriesACalendarRequestInUtc() throws Exception {
        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of()));

        MimeMessage email = awaitEmail(1);
        assertThat(email.getSubject()).isEqualTo("Booking confirmed: Knee pain relief massage, 60 min on Tue 1 Dec 2026 at 10:00");
        String ics = calendar(email);
        assertThat(ics)
                .contains("METHOD:REQUEST\r\n")
                .contains("UID:" + booking.appointmentId() + "@clinic-network.example\r\n")
                .contains("SEQUENCE:1\r\n")
                .contains("DTSTART:20261201T100000Z\r\n")
                .contains("DTEND:20261201T110000Z\r\n")
                .contains("STATUS:CONFIRMED\r\n");
    }

    @Test
    void aRescheduleNoticeNamesOldAndNewTimeAndUpdatesTheCalendarEntry() throws Exception {
        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of()));
        send(appointmentEvent(EventTypes.APPOINTMENT_RESCHEDULED, booking, 2, DEC_8_10_00,
                Map.of("previousStartsAt", DEC_1_10_00.toString())));

        MimeMessage email = awaitEmail(2);
        assertThat(email.getSubject()).isEqualTo("Appointment moved: Knee pain relief massage, 60 min now on Tue 8 Dec 2026 at 10:00");
        assertThat(plainText(email))
                .contains("moved from Tuesday 1 December 2026, 10:00 GMT")
                .contains("When:  Tuesday 8 December 2026, 10:00–11:00 GMT");
        assertThat(calendar(email)).contains("METHOD:REQUEST\r\n").contains("SEQUENCE:2\r\n").contains("DTSTART:20261208T100000Z\r\n");
    }

    @Test
    void aLateCancellationSaysSoAndRemovesTheCalendarEntry() throws Exception {
        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of()));
        send(appointmentEvent(EventTypes.APPOINTMENT_CANCELLED, booking, 2, DEC_1_10_00, Map.of("lateCancellation", true)));

        MimeMessage email = awaitEmail(2);
        assertThat(email.getSubject()).isEqualTo("Appointment cancelled: Knee pain relief massage, 60 min on Tue 1 Dec 2026 at 10:00");
        assertThat(plainText(email)).contains("within the late-cancellation window of Riverside Clinic");
        assertThat(calendar(email))
                .contains("METHOD:CANCEL\r\n")
                .contains("UID:" + booking.appointmentId() + "@clinic-network.example\r\n")
                .contains("STATUS:CANCELLED\r\n");
    }

    @Test
    void aTimelyCancellationHasNoLateNote() throws Exception {
        send(appointmentEvent(EventTypes.APPOINTMENT_CANCELLED, booking, 2, DEC_1_10_00, Map.of("lateCancellation", false)));

        assertThat(plainText(awaitEmail(1))).contains("your appointment has been cancelled").doesNotContain("late-cancellation");
    }

    @Test
    void aNoShowGetsAFollowUp() throws Exception {
        send(appointmentEvent(EventTypes.APPOINTMENT_NO_SHOW, booking, 2, DEC_1_10_00, Map.of()));

        MimeMessage email = awaitEmail(1);
        assertThat(email.getSubject()).isEqualTo("We missed you today: Knee pain relief massage, 60 min on Tue 1 Dec 2026");
        assertThat(calendar(email)).isEmpty();
    }

    @Test
    void checkInSendsNothingAndFulfilmentSendsTheAftercarePlanWithAKneeCheckIn() throws Exception {
        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of()));
        awaitEmail(1);
        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_CHECKED_IN, booking, 2, DEC_1_10_00, Map.of())));
        assertThat(notificationsOf(booking.appointmentId())).hasSize(1);

        Instant checkInCloses = Instant.parse("2026-12-15T11:00:00Z");
        send(appointmentEvent(EventTypes.APPOINTMENT_FULFILLED, booking, 3, DEC_1_10_00,
                Map.of("checkInClosesAt", checkInCloses.toString())));

        MimeMessage email = awaitEmail(2);
        assertThat(email.getSubject()).isEqualTo("Your home-care plan after Knee pain relief massage, 60 min");
        assertThat(plainText(email))
                .contains("Twice a day: 10 quad sets, 10 straight-leg raises, 30 s hamstring stretch each side.")
                .contains("How does your knee feel today, on a scale from 0 (no pain at all) to 10");
        // The link booking-service takes the answer through: its token, verified with the shared secret, names this
        // appointment and expires when the check-in closes.
        Matcher link = Pattern.compile(Pattern.quote(WEB_APP + "/check-in/") + "(\\S+)").matcher(plainText(email));
        assertThat(link.find()).isTrue();
        assertThat(new CheckInLinks(CHECK_IN_LINK_SECRET).verify(link.group(1)))
                .contains(new CheckInLinks.CheckInLink(booking.appointmentId(), checkInCloses));
        assertThat(partsOfType(email, "text/html")).singleElement().asString().contains("<a href=\"" + link.group() + "\">");
    }

    @Test
    void aWaitlistOfferStatesUntilWhenTheSlotIsHeld() throws Exception {
        Instant holdUntil = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        ObjectNode offer = (ObjectNode) json.readTree(ContractExamples.json(EventTypes.WAITLIST_OFFER_MADE));
        UUID offerId = UUID.randomUUID();
        offer.put("offerId", offerId.toString());
        offer.put("clientId", booking.clientId().toString());
        offer.put("holdUntil", holdUntil.toString());
        ((ObjectNode) offer.get("client")).put("email", booking.email());

        send(ContractEvents.record(Topics.APPOINTMENTS, EventTypes.WAITLIST_OFFER_MADE, offerId.toString(), json.writeValueAsString(offer)));

        MimeMessage email = awaitEmail(1);
        assertThat(email.getSubject()).isEqualTo("A slot has opened up: Knee pain relief massage, 60 min on Tue 1 Dec 2026 at 10:00");
        String until = java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(java.time.ZoneId.of("Europe/London")).format(holdUntil);
        assertThat(plainText(email)).contains("We are holding it for you until").contains(until)
                .contains(WEB_APP + "/waitlist/offers/" + offerId);
    }

    @Test
    void aGermanClientGetsGermanMessages() throws Exception {
        var event = appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00,
                Map.of("client", Map.of("firstName", "Jonas", "email", booking.email(), "locale", "de-DE")));
        send(event);

        MimeMessage email = awaitEmail(1);
        assertThat(email.getSubject()).isEqualTo("Termin bestätigt: Knee pain relief massage, 60 min am Di., 1. Dez. 2026 um 10:00");
        assertThat(plainText(email)).startsWith("Hallo Jonas,");
    }

    @Test
    void anEventOfAnOlderVersionThanAlreadySeenSendsNothing() throws Exception {
        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of()));
        send(appointmentEvent(EventTypes.APPOINTMENT_CANCELLED, booking, 3, DEC_1_10_00, Map.of()));
        RecordMetadata late = send(appointmentEvent(EventTypes.APPOINTMENT_RESCHEDULED, booking, 2, DEC_8_10_00, Map.of()));
        awaitConsumed(APPOINTMENTS_CONSUMER, late);

        await().atMost(Duration.ofSeconds(5)).until(() -> emailsTo(booking.email()).size() == 2);
        assertThat(notificationsOf(booking.appointmentId())).extracting(n -> n.get("template"))
                .containsExactlyInAnyOrder("appointment-confirmation", "appointment-cancelled");
    }

    @Test
    void everyDeliveryIsPublishedAsNotificationSentWithoutPersonalData() throws Exception {
        try (TopicProbe outcomes = TopicProbe.readFromBeginning(bootstrapServers(), Topics.NOTIFICATIONS)) {
            send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of()));
            String notificationId = header(awaitEmail(1), EmailSender.NOTIFICATION_ID_HEADER);

            ConsumerRecord<String, String> record = outcomes.awaitRecord(Duration.ofSeconds(10),
                    candidate -> notificationId.equals(candidate.key()));
            assertThat(TopicProbe.header(record, "ce_type")).isEqualTo(EventTypes.NOTIFICATION_SENT);
            NotificationOutcome outcome = json.readValue(record.value(), NotificationOutcome.class);
            assertThat(outcome.appointmentId()).isEqualTo(booking.appointmentId());
            assertThat(outcome.channel()).isEqualTo("EMAIL");
            assertThat(outcome.template()).isEqualTo("appointment-confirmation");
            assertThat(outcome.status()).isEqualTo("SENT");
            assertThat(outcome.attempts()).isEqualTo(1);
            assertThat(record.value()).doesNotContain(booking.email()).doesNotContain(booking.firstName());
        }
        List<Map<String, Object>> notifications = notificationsOf(booking.appointmentId());
        assertThat(notifications).singleElement().satisfies(n -> assertThat(n).containsEntry("status", "SENT"));
        assertThat(jdbc.sql("SELECT outcome FROM notification_attempt WHERE notification_id = ?::uuid")
                .param(notifications.get(0).get("id")).query(String.class).list()).containsExactly("SENT");
    }

    private MimeMessage awaitEmail(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> emailsTo(booking.email()).size() >= count);
        List<MimeMessage> emails = emailsTo(booking.email());
        assertThat(emails).hasSize(count);
        return emails.get(count - 1);
    }

    private static String calendar(MimeMessage email) {
        List<String> parts = partsOfType(email, "text/calendar");
        return parts.isEmpty() ? "" : parts.get(0);
    }

    private static String header(MimeMessage email, String name) {
        try {
            return email.getHeader(name)[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
