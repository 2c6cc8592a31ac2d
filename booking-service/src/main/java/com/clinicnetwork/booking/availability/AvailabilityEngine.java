package com.clinicnetwork.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Free slots from working blocks, what makes a therapist unavailable or busy, the treatment's length and
 * buffer, and the location's policy. Pure: all inputs are values, so every rule is unit-tested.
 *
 * <p>A start time is offered when the session lies inside one working block, and the session plus its
 * buffer overlaps nothing unavailable or busy. This matches booking, where the database's exclusion
 * constraint covers each appointment's session plus buffer. Start times step by the slot interval from
 * each block's start, in real (not wall-clock) time; blocks are placed on dates in the location's zone
 * beforehand ({@link WeeklyHours}), which is where daylight-saving changes are handled.
 */
public final class AvailabilityEngine {

    private static final Comparator<FreeSlot> CHRONOLOGICAL = Comparator.comparing(FreeSlot::startsAt)
            .thenComparing(FreeSlot::therapistId);

    private AvailabilityEngine() {
    }

    /** @return every free slot, earliest first (ties by therapist id, so the order is stable) */
    public static List<FreeSlot> freeSlots(AvailabilityInputs inputs) {
        List<FreeSlot> slots = new ArrayList<>();
        for (TherapistSchedule therapist : inputs.therapists()) {
            List<Interval> taken = new ArrayList<>(therapist.unavailable());
            taken.addAll(therapist.busy());
            taken.sort(Comparator.comparing(Interval::start));
            for (Interval block : merged(therapist.working())) {
                addFreeSlotsInBlock(inputs, therapist, block, taken, slots);
            }
        }
        slots.sort(CHRONOLOGICAL);
        return slots;
    }

    /** The {@code count} free slots nearest to {@code target}, nearest first; for proposing alternatives. */
    public static List<FreeSlot> nearest(AvailabilityInputs inputs, Instant target, int count) {
        return freeSlots(inputs).stream()
                .sorted(Comparator.comparing((FreeSlot slot) -> Duration.between(target, slot.startsAt()).abs())
                        .thenComparing(CHRONOLOGICAL))
                .limit(count)
                .toList();
    }

    private static void addFreeSlotsInBlock(AvailabilityInputs inputs, TherapistSchedule therapist, Interval block,
            List<Interval> taken, List<FreeSlot> slots) {
        Duration step = inputs.slotInterval();
        Instant start = firstGridPointAtOrAfter(block.start(), step, inputs.earliestStart());
        for (; !start.plus(inputs.duration()).isAfter(block.end()) && start.isBefore(inputs.startsBefore());
                start = start.plus(step)) {
            Instant end = start.plus(inputs.duration());
            Interval occupied = new Interval(start, end.plus(inputs.buffer()));
            if (!overlapsAny(occupied, taken)) {
                slots.add(new FreeSlot(therapist.therapistId(), start, end));
            }
        }
    }

    /**
     * Overlapping or touching blocks (weekly hours plus extra hours on the same day) become one, so no start
     * is offered twice and a session may run across the seam.
     */
    static List<Interval> merged(List<Interval> blocks) {
        List<Interval> sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.comparing(Interval::start));
        List<Interval> merged = new ArrayList<>();
        for (Interval block : sorted) {
            Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !block.start().isAfter(last.end())) {
                merged.set(merged.size() - 1, new Interval(last.start(), block.end().isAfter(last.end()) ? block.end() : last.end()));
            } else {
                merged.add(block);
            }
        }
        return merged;
    }

    /** Skips grid points before {@code earliest} arithmetically rather than by stepping through them. */
    private static Instant firstGridPointAtOrAfter(Instant gridStart, Duration step, Instant earliest) {
        if (!earliest.isAfter(gridStart)) {
            return gridStart;
        }
        long behind = Duration.between(gridStart, earliest).toNanos();
        long steps = (behind + step.toNanos() - 1) / step.toNanos();
        return gridStart.plus(step.multipliedBy(steps));
    }

    private static boolean overlapsAny(Interval candidate, List<Interval> sortedByStart) {
        for (Interval interval : sortedByStart) {
            if (!interval.start().isBefore(candidate.end())) {
                return false;
            }
            if (interval.overlaps(candidate)) {
                return true;
            }
        }
        return false;
    }
}
