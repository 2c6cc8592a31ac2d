package com.clinicnetwork.notification.routing;

import com.clinicnetwork.notification.delivery.NotificationStatus;
import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.Message;
import com.clinicnetwork.notification.message.MessageContent;
import com.clinicnetwork.notification.preference.NotificationPreferences;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which deliveries a message to a client becomes under their preferences: one per chosen channel, SKIPPED if
 * they opted out of the message type, and due at once or when their quiet hours end.
 *
 * <p>SMS go only to the {@link NotificationPreferences#smsNumber() confirmed number}. While the client has chosen
 * SMS but has not confirmed any number yet, the message goes by their other channels only: a number nobody has
 * proven to hold must not receive the client's appointment details. If SMS was their only channel, it goes by
 * email meanwhile, so they are not left without the record of their bookings.
 *
 * <p>Quiet hours never make a message useless: if they end at or after the message's
 * {@link MessageContent#usefulUntil() deadline} (a reminder for an appointment starting before the quiet
 * hours end, an offer whose hold expires by then), it goes out at once instead, because a late reminder or
 * an expired offer helps nobody.
 */
public final class DeliveryPlan {

    private DeliveryPlan() {
    }

    public static List<Delivery> of(Message message, NotificationPreferences preferences, Instant now) {
        boolean wanted = preferences.wants(message.type());
        Instant afterQuietHours = preferences.quietHours().map(quiet -> quiet.deliveryTime(now)).orElse(now);
        boolean uselessByThen = message.content().usefulUntil().filter(deadline -> !afterQuietHours.isBefore(deadline)).isPresent();
        Instant due = uselessByThen ? now : afterQuietHours;
        Set<Channel> channels = EnumSet.copyOf(preferences.channels());
        if (preferences.smsNumber().isEmpty() && channels.remove(Channel.SMS) && channels.isEmpty()) {
            channels.add(Channel.EMAIL);
        }
        List<Delivery> deliveries = new ArrayList<>();
        for (Channel channel : channels) {
            String recipient = channel == Channel.SMS ? preferences.smsNumber().orElseThrow() : message.addressee().email();
            deliveries.add(new Delivery(channel, recipient, wanted ? NotificationStatus.PENDING : NotificationStatus.SKIPPED, due));
        }
        return deliveries;
    }

    public record Delivery(Channel channel, String recipient, NotificationStatus status, Instant dueAt) {
    }
}
