package com.clinicnetwork.booking.policy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A location's booking policy as an admin sets it; the bounds match the table's checks. */
public record BookingPolicyRequest(
        @NotNull @Min(0) @Max(20160) Integer minimumNoticeMinutes,
        @NotNull @Min(1) @Max(730) Integer bookingHorizonDays,
        @NotNull @Min(5) @Max(240) Integer slotIntervalMinutes,
        @NotNull @Min(0) @Max(20160) Integer lateCancellationWindowMinutes) {
}
