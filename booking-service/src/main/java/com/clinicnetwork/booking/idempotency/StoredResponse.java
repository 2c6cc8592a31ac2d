package com.clinicnetwork.booking.idempotency;

/** The response first given to a request, as it is replayed to retries. */
public record StoredResponse(int status, String body) {
}
