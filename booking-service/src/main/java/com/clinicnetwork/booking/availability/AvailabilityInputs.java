package com.clinicnetwork.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the engine needs, as plain values, so it stays a pure function that is easy to test.
 *
 * @param duration      the treatment's session length
 * @param buffer        the time after a session in which the therapist cannot start another one
 * @param slotInterval  the step between start times, counted from the start of each working block
 * @param earliestStart no slot starts before this (the requested range and the location's minimum notice)
 * @param startsBefore  every slot starts before this (the requested range and the booking horizon)
 * @param rooms         the rooms of the kind the treatment needs at the location, or {@link RoomSchedule#NOT_NEEDED}
 */
public record AvailabilityInputs(Duration duration, Duration buffer, Duration slotInterval, Instant earliestStart,
        Instant startsBefore, List<TherapistSchedule> therapists, RoomSchedule rooms) {

    public AvailabilityInputs {
        Objects.requireNonNull(earliestStart, "earliestStart");
        Objects.requireNonNull(startsBefore, "startsBefore");
        Objects.requireNonNull(rooms, "rooms");
        if (duration.compareTo(Duration.ZERO) <= 0 || buffer.isNegative() || slotInterval.compareTo(Duration.ZERO) <= 0) {
            throw new IllegalArgumentException("duration and slot interval must be positive, buffer not negative");
        }
        therapists = List.copyOf(therapists);
    }
}
