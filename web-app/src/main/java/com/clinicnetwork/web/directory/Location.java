package com.clinicnetwork.web.directory;

import java.time.ZoneId;
import java.util.UUID;

/** A clinic location of the chain; its time zone is where every time of a session there is shown. */
public record Location(UUID id, String name, String address, String timeZone, boolean active) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
