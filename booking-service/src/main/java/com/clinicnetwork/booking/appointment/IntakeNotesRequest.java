package com.clinicnetwork.booking.appointment;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * @param intakeNotes what the client wants the therapist to know beforehand (the same limit as at booking); null or
 *                    blank removes them. Never leaves this service in events.
 */
public record IntakeNotesRequest(@Size(max = 2000) @Nullable String intakeNotes) {
}
