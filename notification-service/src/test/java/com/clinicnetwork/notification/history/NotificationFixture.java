package com.clinicnetwork.notification.history;

import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.MessageType;
import java.time.Instant;
import java.util.UUID;

/** Builds notifications for unit tests: an hour-long appointment for Sam by email, pending, unless told otherwise. */
public final class NotificationFixture {

    private final Notification base;
    private UUID appointmentId;
    private Long appointmentVersion;
    private UUID offerId;
    private String locale;
    private Instant previousStartsAt;
    private Instant holdUntil;
    private Instant checkInClosesAt;
    private boolean lateCancellation;
    private UUID clientId;
    private UUID locationId;

    private NotificationFixture(Notification base) {
        this.base = base;
        this.appointmentId = base.appointmentId();
        this.appointmentVersion = base.appointmentVersion();
        this.offerId = base.offerId();
        this.locale = base.locale();
        this.clientId = base.clientId();
        this.locationId = base.locationId();
        this.previousStartsAt = base.previousStartsAt();
        this.holdUntil = base.holdUntil();
        this.checkInClosesAt = base.checkInClosesAt();
        this.lateCancellation = base.lateCancellation();
    }

    public static NotificationFixture of(MessageType type, Instant startsAt, String locale) {
        return new NotificationFixture(new Notification(UUID.randomUUID(), UUID.randomUUID(), 1L, null, "test", UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), startsAt, startsAt.plusSeconds(3600), null, null, null,
                false, Channel.EMAIL, type.template(), null, "sam@example.com", "Sam", locale, NotificationStatus.PENDING, 0, Instant.now(),
                Instant.now(), null, null));
    }

    public static NotificationFixture from(Notification notification) {
        return new NotificationFixture(notification);
    }

    /** About a waitlist offer, as such messages are: no appointment yet. */
    public NotificationFixture offer(UUID offer) {
        this.offerId = offer;
        this.appointmentId = null;
        this.appointmentVersion = null;
        return this;
    }

    public NotificationFixture locale(String tag) {
        this.locale = tag;
        return this;
    }

    public NotificationFixture clientId(UUID client) {
        this.clientId = client;
        return this;
    }

    public NotificationFixture locationId(UUID location) {
        this.locationId = location;
        return this;
    }

    public NotificationFixture previousStartsAt(Instant previous) {
        this.previousStartsAt = previous;
        return this;
    }

    public NotificationFixture holdUntil(Instant hold) {
        this.holdUntil = hold;
        return this;
    }

    public NotificationFixture checkInClosesAt(Instant closesAt) {
        this.checkInClosesAt = closesAt;
        return this;
    }

    public NotificationFixture lateCancellation(boolean late) {
        this.lateCancellation = late;
        return this;
    }

    public Notification build() {
        Notification n = base;
        return new Notification(n.id(), appointmentId, appointmentVersion, offerId, n.occasion(), clientId,
                locationId, n.therapistId(), n.treatmentId(), n.startsAt(), n.endsAt(), previousStartsAt, holdUntil,
                checkInClosesAt, lateCancellation, n.channel(), n.template(), n.subscriptionId(), n.recipient(), n.recipientName(), locale,
                n.status(), n.attempts(), n.nextAttemptAt(), n.createdAt(), n.sentAt(), n.lastError());
    }
}
