package com.clinicnetwork.web.directory;

import java.util.Optional;
import java.util.UUID;

/** What a client looks for: their problem (a specialty), a treatment, a location and words from a name or bio. */
public record TherapistSearch(Optional<Specialty> specialty, Optional<UUID> treatmentId, Optional<UUID> locationId,
        Optional<String> text) {
}
