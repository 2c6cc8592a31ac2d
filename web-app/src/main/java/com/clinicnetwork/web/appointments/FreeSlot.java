package com.clinicnetwork.web.appointments;

import java.time.OffsetDateTime;
import java.util.UUID;

public record FreeSlot(UUID therapistId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
}
