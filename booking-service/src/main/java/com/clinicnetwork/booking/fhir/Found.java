package com.clinicnetwork.booking.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/** One page of a search's resources and how many match in all. */
record Found(List<? extends Resource> resources, long total) {

    static final Found NOTHING = new Found(List.of(), 0);
}
