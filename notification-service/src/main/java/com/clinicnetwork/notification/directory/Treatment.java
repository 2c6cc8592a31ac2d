package com.clinicnetwork.notification.directory;

import java.util.UUID;

/**
 * A treatment as messages name it, with the home-care plan the aftercare message passes on and the specialty that
 * tells which area its check-in asks about.
 */
public record Treatment(UUID id, long version, String name, String aftercarePlan, String requiredSpecialty) {
}
