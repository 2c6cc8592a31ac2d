package com.clinicnetwork.therapist.practitioner;

import com.clinicnetwork.therapist.specialty.Specialty;
import java.util.UUID;

/**
 * Filters of the therapist list; a null filter matches every therapist. {@code text} matches name or bio,
 * {@code active} the active flag.
 */
public record TherapistSearch(UUID locationId, Specialty specialty, UUID treatmentId, String text, Boolean active) {
}
