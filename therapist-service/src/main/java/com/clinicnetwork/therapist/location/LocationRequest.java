package com.clinicnetwork.therapist.location;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new location.
 *
 * @param timeZone IANA time zone id, e.g. {@code Europe/Berlin}
 * @param active   whether clients can book there; defaults to true
 */
public record LocationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 500) String address,
        @NotBlank @Size(max = 64) String timeZone,
        Boolean active) {
}
