package com.clinicnetwork.therapist.practitioner;

import com.clinicnetwork.therapist.schedule.ExtraHours;
import com.clinicnetwork.therapist.schedule.TimeOff;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Request bodies of time off and extra hours. */
final class ScheduleExceptionRequests {

    private ScheduleExceptionRequests() {
    }

    /** Time off from {@code startsAt} until {@code endsAt}, ISO-8601 with offset, e.g. {@code 2026-08-03T00:00:00+01:00}. */
    record TimeOffRequest(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt) {

        TimeOff toTimeOff(UUID id) {
            return new TimeOff(id, startsAt.withOffsetSameInstant(ZoneOffset.UTC), endsAt.withOffsetSameInstant(ZoneOffset.UTC));
        }
    }

    /** Extra hours on {@code date} at a location, in its local time, e.g. {@code "09:00"}–{@code "13:00"}. */
    record ExtraHoursRequest(@NotNull UUID locationId, @NotNull LocalDate date, @NotNull LocalTime startsAt,
            @NotNull LocalTime endsAt) {

        ExtraHours toExtraHours(UUID id) {
            return new ExtraHours(id, locationId, date, startsAt, endsAt);
        }
    }
}
