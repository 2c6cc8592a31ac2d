package com.clinicnetwork.booking.series;

import com.clinicnetwork.booking.appointment.BookingContext;
import com.clinicnetwork.booking.appointment.BookingRejectedException;
import com.clinicnetwork.booking.appointment.BookingRules;
import com.clinicnetwork.booking.appointment.Slot;
import com.clinicnetwork.booking.policy.BookingPolicy;
import com.clinicnetwork.booking.series.CourseUnavailableException.Occurrence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which sessions of a course can be booked, every start judged before anything is written: by the booking rules, then
 * against what already takes the therapist's time and against the course's own earlier sessions. Pure: the caller
 * loads the context and what is taken once, under the therapist's calendar lock.
 */
final class CourseRules {

    private CourseRules() {
    }

    /**
     * @param slots       the sessions, earliest first; all of the course's when {@code unavailable} is empty
     * @param unavailable the starts that cannot be booked, earliest first
     */
    record Plan(List<Slot> slots, List<Occurrence> unavailable) {
    }

    /** @param taken the therapist's appointments and held offers around the course's starts */
    static Plan plan(BookingContext context, List<Instant> starts, BookingPolicy policy, Instant now, List<Slot> taken) {
        List<Slot> slots = new ArrayList<>();
        List<Occurrence> unavailable = new ArrayList<>();
        for (Instant start : starts) {
            try {
                Slot slot = BookingRules.slotFor(context, start, policy, now);
                if (Stream.concat(taken.stream(), slots.stream()).anyMatch(slot::overlaps)) {
                    unavailable.add(Occurrence.taken(start));
                } else {
                    slots.add(slot);
                }
            } catch (BookingRejectedException e) {
                unavailable.add(Occurrence.ruledOut(start, e));
            }
        }
        return new Plan(slots, unavailable);
    }

    /** Every start, for the one reason that rules the whole course out (a therapist who does not offer the treatment). */
    static Plan ruledOut(List<Instant> starts, BookingRejectedException rejection) {
        return new Plan(List.of(), starts.stream().map(start -> Occurrence.ruledOut(start, rejection)).toList());
    }
}
