package com.clinicnetwork.therapist.schedule;

import com.clinicnetwork.therapist.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A therapist's weekly working hours, checked as a whole: every block ends after it starts, lies at a
 * location the therapist works at and within that location's opening hours, and no two blocks of a day
 * overlap — even at different locations, because a therapist is never in two places at once. Breaks are
 * the gaps between blocks.
 *
 * <p>Blocks at different locations are compared by wall-clock time. That is exact for locations in one
 * time zone; a therapist working across time zones would have to travel between days anyway.
 */
public final class WeeklySchedule {

    /** Field of the request the blocks came from; violations name {@code <field>[index].<property>}. */
    private static final String FIELD = "workingHours";

    private final List<WorkingHoursBlock> blocks;

    private WeeklySchedule(List<WorkingHoursBlock> blocks) {
        this.blocks = blocks;
    }

    /**
     * @param blocks               in request order, so violations can point at the offending entry
     * @param therapistLocationIds the locations the therapist works at
     * @param openingHours         the opening hours of those locations
     * @throws RuleViolation for the first block that breaks a rule
     */
    public static WeeklySchedule of(List<WorkingHoursBlock> blocks, Set<UUID> therapistLocationIds,
            OpeningHoursLookup openingHours) {
        for (int i = 0; i < blocks.size(); i++) {
            WorkingHoursBlock block = blocks.get(i);
            if (!block.endsAt().isAfter(block.startsAt())) {
                throw new RuleViolation(field(i, "endsAt"), "must be after startsAt (" + block.startsAt() + ")");
            }
            if (!therapistLocationIds.contains(block.locationId())) {
                throw new RuleViolation(field(i, "locationId"), "the therapist does not work at location " + block.locationId());
            }
            if (!openingHours.isOpen(block.locationId(), block.dayOfWeek(), block.startsAt(), block.endsAt())) {
                throw new RuleViolation(field(i, "startsAt"), block.dayOfWeek() + " " + block.startsAt() + "–" + block.endsAt()
                        + " is outside the opening hours of location " + block.locationId() + " ("
                        + openingHours.describe(block.locationId(), block.dayOfWeek()) + ")");
            }
            for (int earlier = 0; earlier < i; earlier++) {
                WorkingHoursBlock other = blocks.get(earlier);
                if (block.overlaps(other)) {
                    String where = other.locationId().equals(block.locationId()) ? "" : " at location " + other.locationId();
                    throw new RuleViolation(field(i, "startsAt"), "overlaps " + FIELD + "[" + earlier + "], "
                            + other.dayOfWeek() + " " + other.startsAt() + "–" + other.endsAt() + where);
                }
            }
        }
        List<WorkingHoursBlock> sorted = new ArrayList<>(blocks);
        sorted.sort(WorkingHoursBlock.WEEK_ORDER);
        return new WeeklySchedule(List.copyOf(sorted));
    }

    /**
     * A therapist is never in two places at once: extra hours already agreed at one location rule out weekly
     * hours at another location at the same time of that weekday.
     *
     * @throws RuleViolation naming the first clash
     */
    public WeeklySchedule requireNoClashWith(List<ExtraHours> extraHours) {
        for (ExtraHours extra : extraHours) {
            for (WorkingHoursBlock block : blocks) {
                if (!block.locationId().equals(extra.locationId()) && extra.overlaps(block)) {
                    throw new RuleViolation(FIELD, block.dayOfWeek() + " " + block.startsAt() + "–" + block.endsAt()
                            + " at location " + block.locationId() + " overlaps the extra hours on " + extra.date() + " "
                            + extra.startsAt() + "–" + extra.endsAt() + " at location " + extra.locationId());
                }
            }
        }
        return this;
    }

    /** The blocks in week order: Monday first, then by start time. */
    public List<WorkingHoursBlock> blocks() {
        return blocks;
    }

    private static String field(int index, String property) {
        return FIELD + "[" + index + "]." + property;
    }
}
