package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.servicedefaults.refusal.StateConflictException;
import java.sql.SQLException;

/**
 * The refusal when a treatment needs a room and no room of its kind at the location is free for the whole slot (the
 * session and its buffer), or the location has no active room of that kind: 409 {@code room-taken}, like a taken slot.
 */
public final class RoomTaken {

    public static final String PROBLEM = "room-taken";
    private static final String TITLE = "No room free";
    private static final String EXCLUSION_VIOLATION = "23P01";
    /** The constraint of V19; PostgreSQL names it, quoted, in the error's message whatever the server's language. */
    private static final String CONSTRAINT = "\"appointment_no_room_double_booking\"";

    private RoomTaken() {
    }

    /** Seen under the location's room lock: no room of {@code roomKind} is free for {@code requested}. */
    public static StateConflictException refusal(Slot requested, String roomKind) {
        return withSlotAndKind(new StateConflictException(PROBLEM, TITLE,
                "No " + roomKind + " room of the location is free during the requested time."), requested, roomKind);
    }

    /** The location has no active room of {@code roomKind} at all, so the treatment cannot be booked there now. */
    public static StateConflictException noneOfKind(Slot requested, String roomKind) {
        return withSlotAndKind(new StateConflictException(PROBLEM, TITLE,
                "The location has no active " + roomKind + " room, which the treatment needs."), requested, roomKind);
    }

    private static StateConflictException withSlotAndKind(StateConflictException refusal, Slot requested, String roomKind) {
        refusal.with("requestedSlot", requested.details()).with("roomKind", roomKind);
        return refusal;
    }

    /** The room's exclusion constraint refused the write: someone took the room meanwhile. */
    static StateConflictException refusedByDatabase(Slot requested) {
        StateConflictException refusal = new StateConflictException(PROBLEM, TITLE,
                "The room was booked by someone else during the requested time.");
        refusal.with("requestedSlot", requested.details());
        return refusal;
    }

    /** Whether the failure is the no-room-double-booking exclusion constraint (not the therapist's). */
    static boolean isRoomConstraintViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains(CONSTRAINT)) {
                return true;
            }
        }
        return false;
    }
}
