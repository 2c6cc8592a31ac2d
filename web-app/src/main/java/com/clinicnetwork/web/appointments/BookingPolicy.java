package com.clinicnetwork.web.appointments;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A location's booking policy; cancelling within {@code lateCancellationWindowMinutes} of the start is late. */
public record BookingPolicy(UUID locationId, long minimumNoticeMinutes, long bookingHorizonDays, long slotIntervalMinutes,
        long lateCancellationWindowMinutes) {

    public Duration lateCancellationWindow() {
        return Duration.ofMinutes(lateCancellationWindowMinutes);
    }

    /** Whether cancelling at {@code now} an appointment starting at {@code startsAt} counts as late. */
    public boolean isLateCancellation(OffsetDateTime startsAt, OffsetDateTime now) {
        return !now.isBefore(startsAt.minus(lateCancellationWindow()));
    }

    /** The window in whole hours when it is whole hours (the usual case, e.g. 24), for the sentence shown. */
    public boolean windowInWholeHours() {
        return lateCancellationWindowMinutes % 60 == 0;
    }

    public long windowHours() {
        return lateCancellationWindowMinutes / 60;
    }
}
