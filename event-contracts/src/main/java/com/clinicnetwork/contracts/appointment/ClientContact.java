package com.clinicnetwork.contracts.appointment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** The minimum a notification needs to reach the client: how to greet them and where to write. */
public record ClientContact(
        @NotBlank String firstName,
        @NotBlank @Email String email,
        String locale) {
}
