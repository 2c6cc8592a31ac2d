package com.clinicnetwork.contracts.client;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Payload of {@code client.consents-changed} on {@code clinic.clients.v1}, keyed by client id: the client's
 * consents after a change, both of them, so a consumer needs no earlier event.
 *
 * @param careMessages appointment confirmations, reschedule and cancellation notices, reminders, aftercare and
 *                     waitlist offers; without it nothing is sent to the client
 * @param marketing    promotional messages; nothing sends them yet, and whatever does in future must check it
 */
public record ClientConsentsChanged(
        @NotNull UUID clientId,
        @NotNull @Valid ConsentState careMessages,
        @NotNull @Valid ConsentState marketing) {
}
