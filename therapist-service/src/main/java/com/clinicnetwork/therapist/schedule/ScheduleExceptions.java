package com.clinicnetwork.therapist.schedule;

import com.clinicnetwork.therapist.RuleViolation;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The rules for time off and extra hours, the one-off changes to a therapist's weekly schedule. */
public final class ScheduleExceptions {

    /** Longer absences are an end of employment or a sabbatical: deactivate the therapist instead. */
    static final Duration MAX_TIME_OFF = Duration.ofDays(366);

    private ScheduleExceptions() {
    }

    /**
     * @param existing the therapist's time off so far
     * @throws RuleViolation if it ends before it starts, is longer than a year, or overlaps existing time off
     */
    public static void checkTimeOff(TimeOff requested, List<TimeOff> existing) {
        if (!requested.endsAt().isAfter(requested.startsAt())) {
            throw new RuleViolation("endsAt", "must be after startsAt (" + requested.startsAt() + ")");
        }
        if (Duration.between(requested.startsAt(), requested.endsAt()).compareTo(MAX_TIME_OFF) > 0) {
            throw new RuleViolation("endsAt", "time off can last at most " + MAX_TIME_OFF.toDays() + " days");
        }
        for (TimeOff other : existing) {
            if (requested.overlaps(other)) {
                throw new RuleViolation("startsAt", "overlaps time off " + other.id() + " from " + other.startsAt()
                        + " to " + other.endsAt());
            }
        }
    }

    /**
     * @param therapistLocationIds where the therapist works
     * @param weekly               the therapist's weekly hours
     * @param existing             the therapist's extra hours so far
     * @throws RuleViolation if the hours end before they start, are at a location the therapist does not work
     *                       at or outside its opening hours, or overlap other hours at another location or
     *                       other extra hours on the date
     */
    public static void checkExtraHours(ExtraHours requested, Set<UUID> therapistLocationIds, OpeningHoursLookup openingHours,
            List<WorkingHoursBlock> weekly, List<ExtraHours> existing) {
        if (!requested.endsAt().isAfter(requested.startsAt())) {
            throw new RuleViolation("endsAt", "must be after startsAt (" + requested.startsAt() + ")");
        }
        if (!therapistLocationIds.contains(requested.locationId())) {
            throw new RuleViolation("locationId", "the therapist does not work at location " + requested.locationId());
        }
        var day = requested.date().getDayOfWeek();
        if (!openingHours.isOpen(requested.locationId(), day, requested.startsAt(), requested.endsAt())) {
            throw new RuleViolation("startsAt", requested.date() + " (" + day + ") " + requested.startsAt() + "–"
                    + requested.endsAt() + " is outside the opening hours of location " + requested.locationId()
                    + " (" + openingHours.describe(requested.locationId(), day) + ")");
        }
        for (WorkingHoursBlock block : weekly) {
            if (!block.locationId().equals(requested.locationId()) && requested.overlaps(block)) {
                throw new RuleViolation("startsAt", "overlaps the weekly hours " + block.dayOfWeek() + " "
                        + block.startsAt() + "–" + block.endsAt() + " at location " + block.locationId());
            }
        }
        for (ExtraHours other : existing) {
            if (requested.overlaps(other)) {
                throw new RuleViolation("startsAt", "overlaps the extra hours " + other.id() + " on " + other.date()
                        + " " + other.startsAt() + "–" + other.endsAt() + " at location " + other.locationId());
            }
        }
    }
}
