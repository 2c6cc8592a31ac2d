package com.clinicnetwork.notification.message;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Builds message contents for unit tests: an hour-long visit of a fresh client, of each kind with what it needs. */
public final class MessageContentFixture {

    /** When the offers of {@link #of} are held until, unless a test says otherwise. */
    public static final Instant HOLD_UNTIL = Instant.parse("2026-11-30T18:00:00Z");

    private MessageContentFixture() {
    }

    public static Visit visit(Instant startsAt) {
        return visit(UUID.randomUUID(), UUID.randomUUID(), startsAt);
    }

    public static Visit visit(UUID clientId, UUID locationId, Instant startsAt) {
        return new Visit(clientId, locationId, UUID.randomUUID(), UUID.randomUUID(), startsAt, startsAt.plus(Duration.ofHours(1)));
    }

    public static AppointmentVersion appointment() {
        return new AppointmentVersion(UUID.randomUUID(), 1);
    }

    /**
     * A content of this type for this visit: not late, not moved, an offer held until {@link #HOLD_UNTIL}, a course of
     * this visit and the same time a week later, an alert of a rise from 2 to 6 with the next session a week later.
     */
    public static MessageContent of(MessageType type, Visit visit) {
        return switch (type) {
            case CONFIRMATION -> new BookingConfirmation(appointment(), visit);
            case COURSE_CONFIRMATION -> new CourseConfirmation(UUID.randomUUID(), visit, List.of(
                    new CourseConfirmation.Session(UUID.randomUUID(), visit.startsAt(), visit.endsAt()),
                    new CourseConfirmation.Session(UUID.randomUUID(), visit.startsAt().plus(Duration.ofDays(7)),
                            visit.endsAt().plus(Duration.ofDays(7)))));
            case RESCHEDULE -> new RescheduleNotice(appointment(), visit, Optional.of(visit.startsAt().minus(Duration.ofDays(7))));
            case CANCELLATION -> new CancellationNotice(appointment(), visit, false);
            case REMINDER -> new AppointmentReminder(appointment(), visit);
            case WAITLIST_OFFER -> new WaitlistOffer(UUID.randomUUID(), visit, HOLD_UNTIL);
            case NO_SHOW -> new NoShowFollowUp(appointment(), visit);
            case AFTERCARE -> SessionAftercare.of(appointment(), visit, Optional.empty());
            case CONFIRMATION_REQUEST -> new ConfirmationRequest(appointment(), visit);
            case CHECK_IN_WORSENING_ALERT -> new CheckInWorseningAlert(appointment(), visit, "Priya", 2, 6,
                    visit.startsAt().plus(Duration.ofDays(7)));
        };
    }

    public static MessageContent of(MessageType type, Instant startsAt) {
        return of(type, visit(startsAt));
    }
}
