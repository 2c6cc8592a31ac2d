package com.clinicnetwork.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Free slots from working blocks, what makes a therapist unavailable or busy, the treatment's length and
 * buffer, the rooms it needs, and the location's policy. Pure: all inputs are values, so every rule is unit-tested.
 *
 * <p>A start time is offered when the session lies inside one working block, the session plus its
 * buffer overlaps nothing unavailable or busy, and, for a treatment that needs a room, some room of its kind is free
 * for the session plus its buffer too. This matches booking, where the database's exclusion constraints cover each
 * appointment's session plus buffer, for the therapist and for the room. Start times step by the slot interval from
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

    /**
     * Whether one session, at any start (not only on the slot grid), is free by the rule {@link #freeSlots}
     * offers starts by: inside one working block, and with its buffer clear of everything unavailable and busy.
     * Booking asks this, so a booked time is one availability could have offered; the slot grid, notice and
     * horizon are not part of it (booking checks the latter two against the same policy).
     *
     * @return the first rule the session breaks, checked in the order working hours, unavailable, busy
     */
    public static SessionFit fit(TherapistSchedule therapist, Instant start, Duration duration, Duration buffer) {
        Instant end = start.plus(duration);
        if (merged(therapist.working()).stream().noneMatch(block -> fitsInBlock(block, start, end))) {
            return SessionFit.OUTSIDE_WORKING_HOURS;
        }
        Interval occupied = occupied(start, end, buffer);
        if (therapist.unavailable().stream().anyMatch(occupied::overlaps)) {
            return SessionFit.UNAVAILABLE;
        }
        if (therapist.busy().stream().anyMatch(occupied::overlaps)) {
            return SessionFit.BUSY;
        }
        return SessionFit.FREE;
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
        for (; fitsInBlock(block, start, start.plus(inputs.duration())) && start.isBefore(inputs.startsBefore());
                start = start.plus(step)) {
            Instant end = start.plus(inputs.duration());
            Interval occupied = occupied(start, end, inputs.buffer());
            if (!overlapsAny(occupied, taken) && inputs.rooms().admits(occupied)) {
                slots.add(new FreeSlot(therapist.therapistId(), start, end));
            }
        }
    }

    /** The session must lie in the block; its buffer may run past the block's end. */
    private static boolean fitsInBlock(Interval block, Instant start, Instant end) {
        return !start.isBefore(block.start()) && !end.isAfter(block.end());
    }

    /**
     * What a session takes from the therapist and its room: itself and the buffer after it, as the exclusion constraints
     * see it.
     */
    private static Interval occupied(Instant start, Instant end, Duration buffer) {
        return new Interval(start, end.plus(buffer));
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
