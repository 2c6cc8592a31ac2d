package com.clinicnetwork.therapist.location;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;

/** A weekly block in which a location is open, in its local time. */
public record OpeningHours(DayOfWeek dayOfWeek, LocalTime opensAt, LocalTime closesAt) {

    static final Comparator<OpeningHours> WEEK_ORDER = Comparator.comparing(OpeningHours::dayOfWeek)
            .thenComparing(OpeningHours::opensAt);

    boolean covers(DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {
        return dayOfWeek == day && !startsAt.isBefore(opensAt) && !endsAt.isAfter(closesAt);
    }

    com.clinicnetwork.contracts.directory.OpeningHours toContract() {
        return new com.clinicnetwork.contracts.directory.OpeningHours(dayOfWeek, opensAt, closesAt);
    }

    @Override
    public String toString() {
        return opensAt + "–" + closesAt;
    }
}
