package com.clinicnetwork.booking.appointment;

import java.sql.SQLException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;

/**
 * The requested slot overlaps another appointment or a held offer. Thrown inside the transaction so it
 * rolls back, and turned into the 409 answer after it.
 */
final class SlotTakenException extends RuntimeException {

    private static final String EXCLUSION_VIOLATION = "23P01";

    private final Slot requested;

    SlotTakenException(Slot requested) {
        super(null, null, false, false);
        this.requested = requested;
    }

    Slot requested() {
        return requested;
    }

    /** 409 naming the requested slot and, if still there, what it collides with. */
    ApiProblemException toProblem(Optional<Slot> conflicting) {
        ApiProblemException problem = new ApiProblemException(HttpStatus.CONFLICT, "slot-taken", "Slot already taken",
                "The therapist is already booked during the requested time.")
                .with("requestedSlot", requested.details());
        conflicting.ifPresent(slot -> problem.with("conflictingSlot", slot.details()));
        return problem;
    }

    /** Whether the failure is the no-double-booking exclusion constraint. */
    static boolean isExclusionViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
