package com.clinicnetwork.notification.message;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * After the session: the treatment's home-care plan and a check-in ("how does your knee feel, 0–10?") with a link to
 * answer it.
 *
 * @param checkInClosesAt until when the client may answer the check-in, when the message's link expires
 */
public record SessionAftercare(AppointmentVersion appointment, Visit visit, Instant checkInClosesAt) implements AppointmentMessage {

    /**
     * booking-service's default answer window: how long the check-in stays open when the fulfilment event does not
     * say (its producer predates {@code checkInClosesAt}).
     */
    static final Duration FALLBACK_ANSWER_WINDOW = Duration.ofDays(14);

    public SessionAftercare {
        Objects.requireNonNull(checkInClosesAt, "checkInClosesAt");
    }

    /** @param announcedClose when booking-service closes the check-in, as the event said; empty from older producers */
    public static SessionAftercare of(AppointmentVersion appointment, Visit visit, Optional<Instant> announcedClose) {
        return new SessionAftercare(appointment, visit, announcedClose.orElseGet(() -> visit.endsAt().plus(FALLBACK_ANSWER_WINDOW)));
    }

    @Override
    public MessageType type() {
        return MessageType.AFTERCARE;
    }
}
