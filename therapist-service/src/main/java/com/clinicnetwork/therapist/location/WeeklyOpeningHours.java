package com.clinicnetwork.therapist.location;

import com.clinicnetwork.therapist.RuleViolation;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A location's opening hours for the week, checked as a whole: every block closes after it opens and
 * no two blocks of a day overlap. A day without blocks is closed. Therapists' hours must lie inside them.
 */
public final class WeeklyOpeningHours {

    private static final String FIELD = "openingHours";

    private final List<OpeningHours> blocks;

    private WeeklyOpeningHours(List<OpeningHours> blocks) {
        this.blocks = blocks;
    }

    /**
     * @param blocks in request order, so violations can point at the offending entry
     * @throws RuleViolation for the first block that breaks a rule
     */
    public static WeeklyOpeningHours of(List<OpeningHours> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            OpeningHours block = blocks.get(i);
            if (!block.closesAt().isAfter(block.opensAt())) {
                throw new RuleViolation(FIELD + "[" + i + "].closesAt", "must be after opensAt (" + block.opensAt() + ")");
            }
            for (int earlier = 0; earlier < i; earlier++) {
                OpeningHours other = blocks.get(earlier);
                if (other.dayOfWeek() == block.dayOfWeek() && block.opensAt().isBefore(other.closesAt())
                        && other.opensAt().isBefore(block.closesAt())) {
                    throw new RuleViolation(FIELD + "[" + i + "].opensAt", "overlaps " + FIELD + "[" + earlier + "], "
                            + other.dayOfWeek() + " " + other);
                }
            }
        }
        List<OpeningHours> sorted = new ArrayList<>(blocks);
        sorted.sort(OpeningHours.WEEK_ORDER);
        return new WeeklyOpeningHours(List.copyOf(sorted));
    }

    /** The blocks in week order. */
    public List<OpeningHours> blocks() {
        return blocks;
    }

    /** Whether {@code startsAt}–{@code endsAt} on {@code day} lies within one opening block. */
    public boolean covers(DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {
        return blocks.stream().anyMatch(block -> block.covers(day, startsAt, endsAt));
    }

    /** The day's opening hours for a message, e.g. {@code 08:00–13:00, 14:00–19:00} or {@code closed}. */
    public String describe(DayOfWeek day) {
        String hours = blocks.stream().filter(block -> block.dayOfWeek() == day).map(OpeningHours::toString)
                .collect(Collectors.joining(", "));
        return hours.isEmpty() ? "closed" : hours;
    }
}
