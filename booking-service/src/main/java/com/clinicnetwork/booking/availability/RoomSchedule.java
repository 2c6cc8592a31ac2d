package com.clinicnetwork.booking.availability;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The rooms a treatment's sessions may be booked into at a location, with what already takes each: the active rooms of
 * the kind the treatment needs, in the order they are assigned (by name, so the choice is the same on every replica).
 * A room is taken like a therapist, by each live appointment and held offer from its start to the end of its buffer
 * (turnover). A treatment that needs no room has {@link #NOT_NEEDED}, which admits every session.
 *
 * @param needed whether sessions need a room at all; when they do and {@code rooms} is empty, none can be booked
 */
public record RoomSchedule(boolean needed, List<RoomTime> rooms) {

    public static final RoomSchedule NOT_NEEDED = new RoomSchedule(false, List.of());

    public RoomSchedule {
        rooms = List.copyOf(rooms);
        if (!needed && !rooms.isEmpty()) {
            throw new IllegalArgumentException("Rooms are listed only for sessions that need one");
        }
    }

    /** One room and what takes it already, each interval a session or hold with its buffer. */
    public record RoomTime(UUID roomId, List<Interval> taken) {

        public RoomTime {
            Objects.requireNonNull(roomId, "roomId");
            taken = List.copyOf(taken);
        }

        boolean freeDuring(Interval occupied) {
            return taken.stream().noneMatch(occupied::overlaps);
        }
    }

    /** Rooms of the needed kind in assignment order. */
    public static RoomSchedule of(List<RoomTime> rooms) {
        return new RoomSchedule(true, rooms);
    }

    /**
     * The room a session taking {@code occupied} (itself and its buffer) is booked into: the first that nothing takes
     * then. Empty when none is free, and when none is needed.
     */
    public Optional<UUID> firstFree(Interval occupied) {
        return rooms.stream().filter(room -> room.freeDuring(occupied)).map(RoomTime::roomId).findFirst();
    }

    /** Whether a session taking {@code occupied} has what it needs: no room, or a free one. */
    public boolean admits(Interval occupied) {
        return !needed || firstFree(occupied).isPresent();
    }
}
