package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.servicedefaults.web.ETags;
import com.clinicnetwork.servicedefaults.web.FieldProblem;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The RFC 9457 answers to what booking and changing appointments refuse, for every controller of this service (the
 * waitlist books too). Ahead of the shared handlers, whose catch-all would otherwise answer these with a 500.
 */
@RestControllerAdvice(basePackages = "com.clinicnetwork.booking")
@Order(Ordered.HIGHEST_PRECEDENCE)
class AppointmentProblems {

    private final TherapistCalendarRepository calendar;

    AppointmentProblems(TherapistCalendarRepository calendar) {
        this.calendar = calendar;
    }

    /**
     * What the booking rules' refusal answers: 400 naming the field for what the request got wrong (an unknown or
     * inactive reference, a start in the past), 422 for a time the rules refuse; either way with the rejection's
     * {@link BookingRejectedException#detail() detail}.
     */
    @ExceptionHandler(BookingRejectedException.class)
    ProblemDetail rejected(BookingRejectedException e) {
        return switch (e.reason()) {
            case OUTSIDE_WORKING_HOURS -> unprocessable("outside-working-hours", "Outside working hours", e);
            case THERAPIST_UNAVAILABLE -> unprocessable("therapist-unavailable", "Therapist unavailable", e);
            case OUTSIDE_BOOKING_WINDOW -> unprocessable("outside-booking-window", "Outside the booking window", e);
            case NOT_BOOKABLE, CLIENT_MISSING, NOT_OFFERED, IN_THE_PAST ->
                    ApiProblemException.invalidField(e.field(), e.getMessage()).toProblemDetail();
        };
    }

    /** A booking that met a taken slot has rolled back; what the database refused is read after that. */
    @ExceptionHandler(SlotTakenException.class)
    ProblemDetail slotTaken(SlotTakenException e) {
        Optional<Slot> conflicting = e.readAfterRollback()
                ? calendar.conflictingExcept(e.requested(), e.writtenAppointmentId())
                : e.conflicting();
        ApiProblemException problem = new ApiProblemException(HttpStatus.CONFLICT, "slot-taken", "Slot already taken",
                "The therapist is already booked during the requested time.")
                .with("requestedSlot", e.requested().details());
        conflicting.ifPresent(slot -> problem.with("conflictingSlot", slot.details()));
        return problem.toProblemDetail();
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException e) {
        return ETags.stale("appointment").toProblemDetail();
    }

    @ExceptionHandler(Transition.IllegalTransitionException.class)
    ProblemDetail illegal(Transition.IllegalTransitionException e) {
        return new ApiProblemException(HttpStatus.CONFLICT, "illegal-transition", "Not possible in this status",
                e.getMessage())
                .with("currentStatus", e.status().name())
                .with("transition", e.transition().apiName())
                .toProblemDetail();
    }

    /** Still {@code illegal-transition} for clients, but saying when it becomes possible. */
    @ExceptionHandler(Transition.TooEarlyException.class)
    ProblemDetail tooEarly(Transition.TooEarlyException e) {
        OffsetDateTime notBefore = e.notBefore().atOffset(ZoneOffset.UTC);
        return new ApiProblemException(HttpStatus.CONFLICT, "illegal-transition", "Not possible yet",
                "A " + e.transition().apiName() + " can be recorded only once the appointment has started, at " + notBefore)
                .with("currentStatus", e.status().name())
                .with("transition", e.transition().apiName())
                .with("notBefore", notBefore)
                .toProblemDetail();
    }

    @ExceptionHandler(IntakeNotesClosedException.class)
    ProblemDetail intakeNotesClosed(IntakeNotesClosedException e) {
        return new ApiProblemException(HttpStatus.CONFLICT, "intake-notes-closed", "Intake notes can no longer change",
                "Intake notes can be changed only while the appointment is booked and has not started.")
                // Not "status": in a problem that member is the HTTP status code (RFC 9457).
                .with("currentStatus", e.status().name())
                .with("startsAt", e.startsAt().atOffset(ZoneOffset.UTC))
                .toProblemDetail();
    }

    private static ProblemDetail unprocessable(String slug, String title, BookingRejectedException e) {
        return new ApiProblemException(HttpStatus.UNPROCESSABLE_CONTENT, slug, title, e.detail())
                .with("errors", List.of(new FieldProblem(e.field(), e.getMessage())))
                .toProblemDetail();
    }
}
