package com.clinicnetwork.booking.policy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A location's booking policy as an admin sets it; the bounds match the table's checks. The no-show risk thresholds
 * (see {@link RiskThresholds}; 0 switches one off) may be left out: then the chain's default applies to that one.
 */
public record BookingPolicyRequest(
        @NotNull @Min(0) @Max(20160) Integer minimumNoticeMinutes,
        @NotNull @Min(1) @Max(730) Integer bookingHorizonDays,
        @NotNull @Min(5) @Max(240) Integer slotIntervalMinutes,
        @NotNull @Min(0) @Max(20160) Integer lateCancellationWindowMinutes,
        @Nullable @Min(0) @Max(RiskThresholds.MAX_COUNT) Integer riskNoShows,
        @Nullable @Min(0) @Max(RiskThresholds.MAX_COUNT) Integer riskLateCancellations,
        @Nullable @Min(0) @Max(RiskThresholds.MAX_LEAD_TIME_DAYS) Integer riskLeadTimeDays,
        @Nullable @Min(1) @Max(RiskThresholds.MAX_LOOK_BACK_MONTHS) Integer riskLookBackMonths) {
}
