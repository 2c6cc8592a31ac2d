package com.clinicnetwork.booking.appointment;

import java.util.UUID;

/**
 * Published (as an application event, synchronously inside the transaction that frees it) when a cancellation
 * or a reschedule gives a therapist's time back, so the waitlist can offer it in the same transaction.
 */
public record SlotFreed(UUID locationId, Slot slot) {
}
