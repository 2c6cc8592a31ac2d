package com.clinicnetwork.therapist.schedule;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * The therapist's complete weekly hours, replacing the previous ones; an empty list clears them.
 * Times are local to each block's location, e.g. {@code "09:00"}.
 */
public record WorkingHoursRequest(@NotNull @Size(max = 100) List<@NotNull @Valid Block> workingHours) {

    @Schema(name = "WorkingHoursBlockRequest")
    public record Block(@NotNull UUID locationId, @NotNull DayOfWeek dayOfWeek, @NotNull LocalTime startsAt,
            @NotNull LocalTime endsAt) {

        WorkingHoursBlock toBlock() {
            return new WorkingHoursBlock(locationId, dayOfWeek, startsAt, endsAt);
        }
    }

    public List<WorkingHoursBlock> blocks() {
        return workingHours.stream().map(Block::toBlock).toList();
    }
}
