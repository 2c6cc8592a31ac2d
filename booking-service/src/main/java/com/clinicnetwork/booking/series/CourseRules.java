package com.clinicnetwork.booking.series;

import com.clinicnetwork.booking.appointment.BookingContext;
import com.clinicnetwork.booking.appointment.BookingRejectedException;
import com.clinicnetwork.booking.appointment.BookingRules;
import com.clinicnetwork.booking.appointment.Slot;
import com.clinicnetwork.booking.availability.RoomSchedule;
import com.clinicnetwork.booking.policy.BookingPolicy;
import com.clinicnetwork.booking.series.CourseUnavailableException.Occurrence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Which sessions of a course can be booked, every start judged before anything is written: by the booking rules, then
 * against what already takes the therapist's time and against the course's own earlier sessions, then, for a treatment
 * that needs a room, whether a room of its kind is free (each session gets the first free one by name). Pure: the
 * caller loads the context, what is taken and the rooms once, under the therapist's and the location's room locks.
 */
final class CourseRules {

    private CourseRules() {
    }

    /** A session that can be booked, with the room it gets (null when the treatment needs none). */
    record Session(Slot slot, @Nullable UUID roomId) {
    }

    /**
     * @param sessions    earliest first; all of the course's when {@code unavailable} is empty
     * @param unavailable the starts that cannot be booked, earliest first
     */
    record Plan(List<Session> sessions, List<Occurrence> unavailable) {

        List<Slot> slots() {
            return sessions.stream().map(Session::slot).toList();
        }
    }

    /**
     * @param taken the therapist's appointments and held offers around the course's starts
     * @param rooms the rooms the treatment can use around the course's starts, or {@link RoomSchedule#NOT_NEEDED}
     */
    static Plan plan(BookingContext context, List<Instant> starts, BookingPolicy policy, Instant now, List<Slot> taken,
            RoomSchedule rooms) {
        List<Session> sessions = new ArrayList<>();
        List<Occurrence> unavailable = new ArrayList<>();
        for (Instant start : starts) {
            try {
                Slot slot = BookingRules.slotFor(context, start, policy, now);
                if (Stream.concat(taken.stream(), sessions.stream().map(Session::slot)).anyMatch(slot::overlaps)) {
                    unavailable.add(Occurrence.taken(start));
                } else if (!rooms.admits(slot.occupied())) {
                    unavailable.add(Occurrence.roomTaken(start));
                } else {
                    // The course's own sessions never compete for a room: they cannot overlap, being one therapist's.
                    sessions.add(new Session(slot, rooms.firstFree(slot.occupied()).orElse(null)));
                }
            } catch (BookingRejectedException e) {
                unavailable.add(Occurrence.ruledOut(start, e));
            }
        }
        return new Plan(sessions, unavailable);
    }

    /** Every start, for the one reason that rules the whole course out (a therapist who does not offer the treatment). */
    static Plan ruledOut(List<Instant> starts, BookingRejectedException rejection) {
        return new Plan(List.of(), starts.stream().map(start -> Occurrence.ruledOut(start, rejection)).toList());
    }
}
