package com.clinicnetwork.booking.client;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * @param timeZone IANA zone id, used for the times in the client's reminders
 * @param locale   BCP 47 language tag of the client's messages; {@code en-GB} when absent
 * @param registeredLocationId where the client is registered; front desk may leave it out when they work at one
 *                 location only (it is then that one)
 */
public record CreateClientRequest(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,30}", message = "must be a phone number") @Nullable String phone,
        @NotBlank @Size(max = 64) String timeZone,
        @Size(max = 35) @Nullable String locale,
        @Nullable UUID registeredLocationId) {
}
