package com.clinicnetwork.contracts.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/**
 * One consent of a client as it stands.
 *
 * @param changedAt when it was last given or withdrawn; a consumer ignores a state older than the one it holds
 * @param source    who recorded it: {@code registration}, {@code self-service}, {@code front-desk} or {@code admin}
 */
public record ConsentState(
        boolean granted,
        @NotNull OffsetDateTime changedAt,
        @NotBlank String source) {
}
