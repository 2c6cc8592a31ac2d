package com.clinicnetwork.notification.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.notification.delivery.NotificationStatus;
import com.clinicnetwork.notification.message.Addressee;
import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.Message;
import com.clinicnetwork.notification.message.MessageContentFixture;
import com.clinicnetwork.notification.message.MessageType;
import com.clinicnetwork.notification.preference.NotificationPreferences;
import com.clinicnetwork.notification.preference.QuietHours;
import com.clinicnetwork.notification.routing.DeliveryPlan.Delivery;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliveryPlanTest {

    private static final UUID CLIENT = UUID.randomUUID();
    private static final Instant LATE_EVENING = Instant.parse("2026-12-01T22:00:00Z");
    private static final Instant NEXT_MORNING = Instant.parse("2026-12-02T08:00:00Z");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), ZoneId.of("Europe/London"));

    @Test
    void byDefaultEveryMessageGoesByEmailAtOnce() {
        List<Delivery> plan = DeliveryPlan.of(message(MessageType.CONFIRMATION), NotificationPreferences.defaults(CLIENT), LATE_EVENING);

        assertThat(plan).containsExactly(new Delivery(Channel.EMAIL, "sam@example.com", NotificationStatus.PENDING, LATE_EVENING));
    }

    @Test
    void everyChosenChannelGetsADeliveryToItsAddress() {
        NotificationPreferences both = preferences(Set.of(Channel.EMAIL, Channel.SMS), Set.of(), Optional.empty());

        assertThat(DeliveryPlan.of(message(MessageType.REMINDER), both, LATE_EVENING)).containsExactlyInAnyOrder(
                new Delivery(Channel.EMAIL, "sam@example.com", NotificationStatus.PENDING, LATE_EVENING),
                new Delivery(Channel.SMS, "+447700900123", NotificationStatus.PENDING, LATE_EVENING));
    }

    @Test
    void smsGoOnlyToTheConfirmedNumberNeverToOneAwaitingConfirmation() {
        NotificationPreferences changing = new NotificationPreferences(CLIENT, Set.of(Channel.EMAIL, Channel.SMS),
                Optional.of("+447700900123"), Optional.of("+447700900999"), Set.of(), Optional.empty(), 2);

        assertThat(DeliveryPlan.of(message(MessageType.REMINDER), changing, LATE_EVENING))
                .extracting(Delivery::recipient).containsExactlyInAnyOrder("sam@example.com", "+447700900123");
    }

    @Test
    void withoutAConfirmedNumberTheMessageGoesByTheOtherChannelsOnly() {
        NotificationPreferences unconfirmed = new NotificationPreferences(CLIENT, Set.of(Channel.EMAIL, Channel.SMS),
                Optional.empty(), Optional.of("+447700900999"), Set.of(), Optional.empty(), 1);

        assertThat(DeliveryPlan.of(message(MessageType.REMINDER), unconfirmed, LATE_EVENING))
                .containsExactly(new Delivery(Channel.EMAIL, "sam@example.com", NotificationStatus.PENDING, LATE_EVENING));
    }

    @Test
    void whenSmsWasTheOnlyChannelAndNoNumberIsConfirmedTheMessageGoesByEmailMeanwhile() {
        NotificationPreferences smsOnly = new NotificationPreferences(CLIENT, Set.of(Channel.SMS),
                Optional.empty(), Optional.of("+447700900999"), Set.of(), Optional.empty(), 1);

        assertThat(DeliveryPlan.of(message(MessageType.REMINDER), smsOnly, LATE_EVENING))
                .containsExactly(new Delivery(Channel.EMAIL, "sam@example.com", NotificationStatus.PENDING, LATE_EVENING));
    }

    @Test
    void anOptedOutMessageIsRecordedAsSkipped() {
        NotificationPreferences noReminders = preferences(Set.of(Channel.EMAIL), Set.of(MessageType.REMINDER), Optional.empty());

        assertThat(DeliveryPlan.of(message(MessageType.REMINDER), noReminders, LATE_EVENING))
                .extracting(Delivery::status).containsExactly(NotificationStatus.SKIPPED);
    }

    @Test
    void confirmationsCannotBeOptedOutOf() {
        NotificationPreferences attempted = preferences(Set.of(Channel.EMAIL), Set.of(MessageType.CONFIRMATION), Optional.empty());

        assertThat(DeliveryPlan.of(message(MessageType.CONFIRMATION), attempted, LATE_EVENING))
                .extracting(Delivery::status).containsExactly(NotificationStatus.PENDING);
    }

    @Test
    void inQuietHoursAMessageWaitsUntilTheyEnd() {
        NotificationPreferences quiet = preferences(Set.of(Channel.EMAIL), Set.of(), Optional.of(NIGHT));

        assertThat(DeliveryPlan.of(message(MessageType.CONFIRMATION), quiet, LATE_EVENING))
                .extracting(Delivery::dueAt).containsExactly(NEXT_MORNING);
    }

    @Test
    void aReminderThatWouldArriveAfterTheAppointmentStartsGoesAtOnceDespiteQuietHours() {
        NotificationPreferences quiet = preferences(Set.of(Channel.EMAIL), Set.of(), Optional.of(NIGHT));
        // A reminder is useful until its appointment starts.

        assertThat(DeliveryPlan.of(message(MessageType.REMINDER, Instant.parse("2026-12-02T07:30:00Z")), quiet, LATE_EVENING))
                .extracting(Delivery::dueAt).containsExactly(LATE_EVENING);
        assertThat(DeliveryPlan.of(message(MessageType.REMINDER, Instant.parse("2026-12-02T09:00:00Z")), quiet, LATE_EVENING))
                .extracting(Delivery::dueAt).containsExactly(NEXT_MORNING);
    }

    private static NotificationPreferences preferences(Set<Channel> channels, Set<MessageType> optOuts, Optional<QuietHours> quiet) {
        return new NotificationPreferences(CLIENT, channels, Optional.of("+447700900123"), Optional.empty(), optOuts, quiet, 1);
    }

    private static Message message(MessageType type) {
        return message(type, Instant.parse("2026-12-03T10:00:00Z"));
    }

    private static Message message(MessageType type, Instant startsAt) {
        return new Message("test", MessageContentFixture.of(type, MessageContentFixture.visit(CLIENT, UUID.randomUUID(), startsAt)),
                new Addressee("sam@example.com", "Sam", "en-GB"));
    }
}
