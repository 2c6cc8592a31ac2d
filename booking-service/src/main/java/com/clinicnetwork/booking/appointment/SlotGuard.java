package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.availability.RoomSchedule;
import com.clinicnetwork.booking.directory.Treatment;
import com.clinicnetwork.servicedefaults.refusal.StateConflictException;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims a slot for a write in the caller's transaction: the therapists' calendar locks first, then nothing else may
 * take the time ({@link TherapistCalendarRepository}); then, for a treatment that needs a room, the location's room
 * lock and a free room of its kind ({@link RoomCalendar}). With the locks held until the transaction ends, what is
 * checked here cannot change before the write.
 */
@Component
public class SlotGuard {

    private final TherapistCalendarRepository calendar;
    private final RoomCalendar rooms;

    SlotGuard(TherapistCalendarRepository calendar, RoomCalendar rooms) {
        this.calendar = calendar;
        this.rooms = rooms;
    }

    /**
     * @param parties            the location and treatment the slot is booked at and for
     * @param therapistIds       whose calendars to lock: the slot's therapist, and a moved appointment's former one
     * @param movedAppointmentId the appointment being moved, which is no conflict of its own; null for a new booking
     * @return the room the session gets: the first free one, by name, of the kind the treatment needs; null when it
     *         needs none
     * @throws SlotTakenException      naming the earliest live appointment or held offer the slot collides with
     * @throws StateConflictException  {@code room-taken} if the treatment needs a room and none of its kind is free then
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public @Nullable UUID claim(BookingParties parties, Slot slot, Collection<UUID> therapistIds, UUID movedAppointmentId) {
        calendar.lock(therapistIds);
        calendar.conflictingExcept(slot, movedAppointmentId).ifPresent(taken -> {
            throw SlotTakenException.collidingWith(slot, Optional.of(taken));
        });
        Treatment treatment = parties.treatment();
        RoomSchedule free = rooms.lockedAround(parties.location().id(), treatment, slot.occupied(), movedAppointmentId);
        if (!free.needed()) {
            return null;
        }
        return free.firstFree(slot.occupied()).orElseThrow(() -> free.rooms().isEmpty()
                ? RoomTaken.noneOfKind(slot, treatment.roomKind())
                : RoomTaken.refusal(slot, treatment.roomKind()));
    }
}
