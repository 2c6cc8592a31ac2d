package com.clinicnetwork.web.frontdesk;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A free start the availability search offers: with whom, from when to when. */
public record FreeSlot(UUID therapistId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
}
