package com.clinicnetwork.web.appointments;

/** A record with the entity tag of the version it was read at, to send back in {@code If-Match} with a change. */
public record Versioned<T>(T body, String etag) {
}
