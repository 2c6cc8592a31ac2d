package com.clinicnetwork.booking.policy;

import jakarta.validation.Valid;
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
            @DefaultValue("24h") @NotNull Duration lateCancellationWindow) {

        BookingPolicy toPolicy() {
            return new BookingPolicy(minimumNotice, bookingHorizon, slotInterval, lateCancellationWindow);
        }
    }
}
