package com.clinicnetwork.booking.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The policy of locations whose admins have not set one ({@code clinic.booking.default-policy.*}).
 */
@Validated
@ConfigurationProperties("clinic.booking")
public record PolicyProperties(@DefaultValue @Valid @NotNull DefaultPolicy defaultPolicy) {

    public record DefaultPolicy(
            @DefaultValue("2h") @NotNull Duration minimumNotice,
            @DefaultValue("90d") @NotNull Duration bookingHorizon,
            @DefaultValue("15m") @NotNull Duration slotInterval,
            @DefaultValue("24h") @NotNull Duration lateCancellationWindow,
            @DefaultValue @Valid @NotNull NoShowRiskDefaults noShowRisk) {

        BookingPolicy toPolicy() {
            return new BookingPolicy(minimumNotice, bookingHorizon, slotInterval, lateCancellationWindow);
        }
    }

    /**
     * The no-show risk thresholds ({@code clinic.booking.default-policy.no-show-risk.*}) of locations whose admins have
     * not set their own; see {@link RiskThresholds}.
     */
    public record NoShowRiskDefaults(
            @DefaultValue("2") @Min(0) @Max(RiskThresholds.MAX_COUNT) int noShows,
            @DefaultValue("3") @Min(0) @Max(RiskThresholds.MAX_COUNT) int lateCancellations,
            @DefaultValue("30") @Min(0) @Max(RiskThresholds.MAX_LEAD_TIME_DAYS) int leadTimeDays,
            @DefaultValue("12") @Min(1) @Max(RiskThresholds.MAX_LOOK_BACK_MONTHS) int lookBackMonths) {

        RiskThresholds toThresholds() {
            return new RiskThresholds(noShows, lateCancellations, leadTimeDays, lookBackMonths);
        }
    }
}
