package com.clinicnetwork.notification.preference;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Confirming a new SMS number with a code sent to it.
 *
 * @param codeValidity how long a code can be confirmed after it was sent
 * @param maxAttempts  wrong codes allowed per code; then it is discarded and the number must be saved again
 */
@Validated
@ConfigurationProperties("clinic.preferences.sms-verification")
public record SmsVerificationProperties(
        @DefaultValue("15m") @NotNull Duration codeValidity,
        @DefaultValue("5") @Min(1) @Max(10) int maxAttempts) {
}
