package com.clinicnetwork.booking.appointment;

import java.util.UUID;

/**
 * Published (as an application event, synchronously inside the transaction that frees it) when a cancellation
 * or a reschedule gives a therapist's time back, so the waitlist can offer it in the same transaction.
 *
 * @param treatmentId the treatment the time was booked for: a client waiting nearby for a specialty, without a treatment
 *                    of their own, is offered that
 */
public record SlotFreed(UUID locationId, UUID treatmentId, Slot slot) {
}
