package com.clinicnetwork.notification.observability;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reminder's due time back from the occasion of its notification
 * ({@code reminder:<reminder id>:<due epoch second>}, written by the reminder dispatcher), for the
 * {@code clinic.reminders.dispatch.lag} timer.
 */
public final class ReminderOccasions {

    private static final Pattern REMINDER = Pattern.compile("reminder:[0-9a-f-]{36}:(\\d{1,12})");

    private ReminderOccasions() {
    }

    /** @return when the reminder fell due, or empty if the occasion is not a reminder's */
    public static Optional<Instant> dueAt(String occasion) {
        if (occasion == null) {
            return Optional.empty();
        }
        Matcher matcher = REMINDER.matcher(occasion);
        return matcher.matches() ? Optional.of(Instant.ofEpochSecond(Long.parseLong(matcher.group(1)))) : Optional.empty();
    }
}
