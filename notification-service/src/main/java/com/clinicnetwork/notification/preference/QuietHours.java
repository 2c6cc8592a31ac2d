package com.clinicnetwork.notification.preference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A daily window, in the client's time zone, in which they want no messages. It may span midnight
 * (21:00–08:00). A message due inside the window waits until it ends.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        if (start.equals(end)) {
            throw new IllegalArgumentException("Quiet hours must not start and end at the same time");
        }
    }

    /** When a message due at {@code due} may go out: {@code due} itself, or the end of the quiet hours it falls in. */
    public Instant deliveryTime(Instant due) {
        ZonedDateTime local = due.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        boolean spansMidnight = start.isAfter(end);
        if (!spansMidnight) {
            return !time.isBefore(start) && time.isBefore(end) ? endOn(day) : due;
        }
        if (!time.isBefore(start)) {
            return endOn(day.plusDays(1));
        }
        return time.isBefore(end) ? endOn(day) : due;
    }

    // atZone resolves a wall-clock time in a daylight-saving gap to the first valid instant after it.
    private Instant endOn(LocalDate day) {
        return day.atTime(end).atZone(zone).toInstant();
    }
}
