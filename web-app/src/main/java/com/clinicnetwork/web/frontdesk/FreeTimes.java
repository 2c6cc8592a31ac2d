package com.clinicnetwork.web.frontdesk;

import com.clinicnetwork.web.appointments.FreeSlot;
import com.clinicnetwork.web.staff.DirectoryTherapist;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The free times of one day grouped by therapist (by name), each group in time order, as the booking form offers them. */
record FreeTimes(UUID therapistId, String therapistName, List<FreeSlot> slots) {

    static List<FreeTimes> byTherapist(List<FreeSlot> slots, List<DirectoryTherapist> therapists) {
        Map<UUID, String> names = new LinkedHashMap<>();
        therapists.forEach(therapist -> names.put(therapist.id(), therapist.displayName()));
        Map<UUID, List<FreeSlot>> grouped = new LinkedHashMap<>();
        slots.stream().sorted(Comparator.comparing(FreeSlot::startsAt))
                .forEach(slot -> grouped.computeIfAbsent(slot.therapistId(), id -> new ArrayList<>()).add(slot));
        return grouped.entrySet().stream()
                .map(entry -> new FreeTimes(entry.getKey(), names.get(entry.getKey()), List.copyOf(entry.getValue())))
                .sorted(Comparator.comparing(FreeTimes::therapistName, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public String slotValue(FreeSlot slot) {
        return BookingForm.slotValue(slot);
    }
}
