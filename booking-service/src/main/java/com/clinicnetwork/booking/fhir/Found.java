package com.clinicnetwork.booking.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/** One page of a search's resources and how many match in all. */
record Found(List<? extends Resource> resources, long total) {

    static final Found NOTHING = new Found(List.of(), 0);

    /** The page of a list the search computed whole (free slots). */
    static Found page(List<? extends Resource> all, long offset, int count) {
        int from = (int) Math.min(offset, all.size());
        return new Found(all.subList(from, (int) Math.min((long) from + count, all.size())), all.size());
    }
}
