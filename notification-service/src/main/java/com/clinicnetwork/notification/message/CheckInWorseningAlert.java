package com.clinicnetwork.notification.message;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * To the treating therapist: a client's aftercare check-in score (0 = no pain, 10 = worst) rose by the alerting threshold
 * or more since their previous answer. The minimum the therapist needs before the next session: the client's first
 * name, both scores and when that session is; never the client's comment or contact data. The first name is removed
 * when the client is erased (package privacy).
 *
 * @param appointment         the answered session, at the latest version this service saw
 * @param visit               the answered session
 * @param clientFirstName     null when unknown or erased: the message then says "your client"
 * @param nextSessionStartsAt the client's next booked session with the therapist, if any
 */
public record CheckInWorseningAlert(AppointmentVersion appointment, Visit visit, String clientFirstName, int previousScore,
        int score, Instant nextSessionStartsAt) implements AppointmentMessage {

    public CheckInWorseningAlert {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(visit, "visit");
    }

    public Optional<Instant> nextSession() {
        return Optional.ofNullable(nextSessionStartsAt);
    }

    @Override
    public MessageType type() {
        return MessageType.CHECK_IN_WORSENING_ALERT;
    }
}
