package com.clinicnetwork.contracts.directory;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * One-off working time on a date, in addition to the weekly hours: e.g. a Saturday morning clinic.
 * Date and times are in the location's time zone.
 */
public record ExtraHours(
        @NotNull UUID id,
        @NotNull UUID locationId,
        @NotNull LocalDate date,
        @NotNull LocalTime startsAt,
        @NotNull LocalTime endsAt) {
}
