package com.clinicnetwork.contracts.directory;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A weekly block in which a location is open, in the location's time zone. A day without a block is a
 * closed day; two blocks on one day are a closure in between (e.g. over lunch).
 */
public record OpeningHours(
        @NotNull DayOfWeek dayOfWeek,
        @NotNull LocalTime opensAt,
        @NotNull LocalTime closesAt) {
}
