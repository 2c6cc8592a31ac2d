package com.clinicnetwork.contracts.client;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of {@code client.erased} on {@code clinic.clients.v1}, keyed by client id: the client exercised their
 * right to erasure (GDPR art. 17). booking-service has replaced their personal fields with the
 * {@link ErasedClient} placeholders; every consumer that keeps a copy of the client's contact data anonymises it
 * and never contacts the client again. Carries no personal data itself.
 */
public record ClientErased(
        @NotNull UUID clientId,
        @NotNull OffsetDateTime erasedAt) {
}
