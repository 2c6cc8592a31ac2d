package com.clinicnetwork.notification.directory;

import java.util.UUID;

/** A location of the chain as messages name it: where the client has to be, in which time zone. */
public record Location(UUID id, long version, String name, String address, String timeZone) {
}
