package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.availability.Interval;
import com.clinicnetwork.booking.directory.Location;
import com.clinicnetwork.booking.directory.Therapist;
import com.clinicnetwork.booking.directory.Treatment;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;

/** A location, a treatment and a therapist that can be booked together ({@link BookingRules#bookable}). */
public record BookingParties(Location location, Treatment treatment, Therapist therapist) {

    /** The time a session starting at {@code startsAt} takes from the therapist: the treatment and its buffer. */
    public Slot slotAt(Instant startsAt) {
        Instant endsAt = startsAt.plus(treatment.duration());
        return new Slot(therapist.id(), startsAt, endsAt, endsAt.plus(treatment.buffer()));
    }

    /** From the earliest of {@code starts} to the end of the buffer after the latest: what sessions there would touch. */
    public Interval spanOf(Collection<Instant> starts) {
        return new Interval(Collections.min(starts), slotAt(Collections.max(starts)).blockedUntil());
    }
}
