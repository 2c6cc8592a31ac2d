package com.clinicnetwork.notification.preference;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The body of {@code POST /api/v1/clients/{id}/notification-preferences/sms-verification}.
 *
 * @param code the six digits sent by SMS to the pending number
 */
public record SmsVerificationRequest(@NotNull @Pattern(regexp = "[0-9]{6}", message = "must be the 6 digits sent by SMS") String code) {
}
