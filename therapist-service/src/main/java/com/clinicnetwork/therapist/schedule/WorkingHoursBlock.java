package com.clinicnetwork.therapist.schedule;

import com.clinicnetwork.contracts.directory.WeeklyWorkingHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.UUID;

/** A recurring weekly block of working time at one location, in that location's local time. */
public record WorkingHoursBlock(UUID locationId, DayOfWeek dayOfWeek, LocalTime startsAt, LocalTime endsAt) {

    static final Comparator<WorkingHoursBlock> WEEK_ORDER = Comparator.comparing(WorkingHoursBlock::dayOfWeek)
            .thenComparing(WorkingHoursBlock::startsAt)
            .thenComparing(WorkingHoursBlock::endsAt);

    boolean overlaps(WorkingHoursBlock other) {
        return dayOfWeek == other.dayOfWeek && startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    public WeeklyWorkingHours toContract() {
        return new WeeklyWorkingHours(locationId, dayOfWeek, startsAt, endsAt);
    }
}
