package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.availability.AvailabilityService;
import com.clinicnetwork.booking.availability.Interval;
import com.clinicnetwork.booking.availability.RoomSchedule;
import com.clinicnetwork.booking.directory.Treatment;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which rooms are free, read under the location's room lock. Sessions of different therapists compete for one room,
 * which their calendar locks ({@link TherapistCalendarRepository}) do not serialise; so whatever books or holds a room
 * takes the location's transaction-scoped advisory lock first, then reads what is free and writes: with the lock,
 * choosing a room and booking it is atomic across replicas, and the rooms' exclusion constraints stay the last line of
 * defence. Lock order everywhere: therapist locks, then the room lock, so two transactions never wait on each other in
 * a cycle.
 */
@Component
public class RoomCalendar {

    private final JdbcClient jdbc;
    private final AvailabilityService availability;

    RoomCalendar(JdbcClient jdbc, AvailabilityService availability) {
        this.jdbc = jdbc;
        this.availability = availability;
    }

    /**
     * Locks the location's rooms until the transaction ends, when the treatment needs one, and reads the rooms of its
     * kind with what takes each around {@code span}.
     *
     * @param movedAppointmentId an appointment being moved, whose own room is no obstacle; null for none
     * @return {@link RoomSchedule#NOT_NEEDED}, without locking, for a treatment that needs no room
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RoomSchedule lockedAround(UUID locationId, Treatment treatment, Interval span, UUID movedAppointmentId) {
        if (!treatment.needsRoom()) {
            return RoomSchedule.NOT_NEEDED;
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "location-rooms:" + locationId)
                .query((rs, row) -> row)
                .single();
        return availability.roomsAround(locationId, treatment, span, movedAppointmentId);
    }
}
