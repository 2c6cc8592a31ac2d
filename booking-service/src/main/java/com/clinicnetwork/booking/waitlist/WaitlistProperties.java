package com.clinicnetwork.booking.waitlist;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param holdDuration        how long a freed slot is held for the client it is offered to
 * @param expiryCheckInterval how often lapsed offers are expired and passed on; bounds how late that happens
 */
@Validated
@ConfigurationProperties("clinic.booking.waitlist")
public record WaitlistProperties(
        @DefaultValue("30m") @NotNull Duration holdDuration,
        @DefaultValue("15s") @NotNull Duration expiryCheckInterval) {
}
