package com.clinicnetwork.booking.appointment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param reason why, in the canceller's words; travels in {@code appointment.cancelled} but never into logs */
public record CancelRequest(@NotBlank @Size(max = 500) String reason) {
}
