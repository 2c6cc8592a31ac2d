package com.clinicnetwork.booking.appointment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param reason why, in the canceller's words; travels in {@code appointment.cancelled} but never into logs */
public record CancelRequest(@Schema(example = "Away on business that week") @NotBlank @Size(max = 500) String reason) {
}
