package com.clinicnetwork.booking.directory;

import java.util.UUID;

/** A room of a location that sessions of treatments needing its kind are booked into. */
public record Room(UUID id, String name) {
}
