package com.clinicnetwork.booking.appointment;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims a slot for a write in the caller's transaction: the therapists' calendar locks first, then nothing else may
 * take the time ({@link TherapistCalendarRepository}). With the lock held until the transaction ends, what is checked
 * here cannot change before the write.
 */
@Component
public class SlotGuard {

    private final TherapistCalendarRepository calendar;

    SlotGuard(TherapistCalendarRepository calendar) {
        this.calendar = calendar;
    }

    /**
     * @param therapistIds      whose calendars to lock: the slot's therapist, and a moved appointment's former one
     * @param movedAppointmentId the appointment being moved, which is no conflict of its own; null for a new booking
     * @throws SlotTakenException naming the earliest live appointment or held offer the slot collides with
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claim(Slot slot, Collection<UUID> therapistIds, UUID movedAppointmentId) {
        calendar.lock(therapistIds);
        calendar.conflictingExcept(slot, movedAppointmentId).ifPresent(taken -> {
            throw SlotTakenException.collidingWith(slot, Optional.of(taken));
        });
    }
}
