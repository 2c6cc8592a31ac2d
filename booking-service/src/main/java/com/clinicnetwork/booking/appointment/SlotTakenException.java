package com.clinicnetwork.booking.appointment;

import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The requested slot overlaps another appointment or a held offer. Thrown inside the transaction so it rolls back.
 * The answer names what the slot collides with: as the transaction saw it under the therapist's calendar lock, or,
 * when the database's exclusion constraint refused the write (which aborts the transaction), as read after the
 * rollback.
 */
public final class SlotTakenException extends RuntimeException {

    private static final String EXCLUSION_VIOLATION = "23P01";

    private final Slot requested;
    private final Optional<Slot> conflicting;
    private final boolean readAfterRollback;
    private final UUID writtenAppointmentId;

    private SlotTakenException(Slot requested, Optional<Slot> conflicting, boolean readAfterRollback,
            UUID writtenAppointmentId) {
        super(null, null, false, false);
        this.requested = requested;
        this.conflicting = conflicting;
        this.readAfterRollback = readAfterRollback;
        this.writtenAppointmentId = writtenAppointmentId;
    }

    /** Seen under the calendar lock: the slot collides with {@code conflicting} (empty: with nothing worth naming). */
    public static SlotTakenException collidingWith(Slot requested, Optional<Slot> conflicting) {
        return new SlotTakenException(requested, conflicting, false, null);
    }

    /**
     * The exclusion constraint refused to write {@code appointment}; what it collides with is read after the
     * rollback, leaving out the appointment itself (the one being moved).
     */
    static SlotTakenException refusedByDatabase(Appointment appointment) {
        return new SlotTakenException(appointment.slot(), Optional.empty(), true, appointment.id());
    }

    public Slot requested() {
        return requested;
    }

    /** Whether {@link #conflicting} is still to be read, now that the transaction has rolled back. */
    boolean readAfterRollback() {
        return readAfterRollback;
    }

    /** What the slot collides with as the transaction saw it; empty when {@link #readAfterRollback}. */
    Optional<Slot> conflicting() {
        return conflicting;
    }

    /** With {@link #readAfterRollback}: the appointment whose write was refused, no conflict of its own. */
    UUID writtenAppointmentId() {
        return writtenAppointmentId;
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
