package com.clinicnetwork.therapist.schedule;

import com.clinicnetwork.therapist.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A therapist's weekly working hours, checked as a whole: every block ends after it starts, lies at a
 * location the therapist works at, and no two blocks of a day overlap — even at different locations,
 * because a therapist is never in two places at once. Breaks are the gaps between blocks.
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
     * @param blocks                 in request order, so violations can point at the offending entry
     * @param therapistLocationIds   the locations the therapist works at
     * @throws RuleViolation for the first block that breaks a rule
     */
    public static WeeklySchedule of(List<WorkingHoursBlock> blocks, Set<UUID> therapistLocationIds) {
        for (int i = 0; i < blocks.size(); i++) {
            WorkingHoursBlock block = blocks.get(i);
            if (!block.endsAt().isAfter(block.startsAt())) {
                throw new RuleViolation(field(i, "endsAt"), "must be after startsAt (" + block.startsAt() + ")");
            }
            if (!therapistLocationIds.contains(block.locationId())) {
                throw new RuleViolation(field(i, "locationId"), "the therapist does not work at location " + block.locationId());
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

    /** The blocks in week order: Monday first, then by start time. */
    public List<WorkingHoursBlock> blocks() {
        return blocks;
    }

    private static String field(int index, String property) {
        return FIELD + "[" + index + "]." + property;
    }
}
