package com.clinicnetwork.booking.series;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The start times of a course: the same wall-clock time every N weeks, in the location's time zone. */
final class SeriesPlan {

    private SeriesPlan() {
    }

    /**
     * Stepping the local date (not adding 7-day durations) keeps a 10:00 session at 10:00 when the clocks
     * change between two sessions.
     */
    static List<Instant> starts(Instant first, ZoneId zone, int intervalWeeks, int occurrences) {
        LocalDateTime local = LocalDateTime.ofInstant(first, zone);
        List<Instant> starts = new ArrayList<>(occurrences);
        for (int i = 0; i < occurrences; i++) {
            starts.add(local.plusWeeks((long) i * intervalWeeks).atZone(zone).toInstant());
        }
        return starts;
    }
}
