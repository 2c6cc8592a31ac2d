package com.clinicnetwork.notification.message;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The record of a course the client booked (or front desk booked for them): one message listing every session, instead
 * of a confirmation per session.
 *
 * @param seriesId the course
 * @param visit    its first session: who comes where, to whom, for what, and when the course begins
 * @param sessions every session as booked, earliest first
 */
public record CourseConfirmation(UUID seriesId, Visit visit, List<Session> sessions) implements MessageContent {

    public CourseConfirmation {
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(visit, "visit");
        if (sessions == null || sessions.isEmpty()) {
            throw new IllegalArgumentException("A course has at least one session");
        }
        sessions = List.copyOf(sessions);
    }

    /** One session of the course: an appointment of its own, which later messages (reschedule, cancel) are about. */
    public record Session(UUID appointmentId, Instant startsAt, Instant endsAt) {

        public Session {
            Objects.requireNonNull(appointmentId, "appointmentId");
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(endsAt, "endsAt");
        }
    }

    @Override
    public MessageType type() {
        return MessageType.COURSE_CONFIRMATION;
    }
}
