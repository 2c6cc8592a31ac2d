package com.clinicnetwork.contracts.directory;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** A recurring weekly block in which a therapist sees clients at one location, in that location's time zone. */
public record WeeklyWorkingHours(
        @NotNull UUID locationId,
        @NotNull DayOfWeek dayOfWeek,
        @NotNull LocalTime startsAt,
        @NotNull LocalTime endsAt) {
}
