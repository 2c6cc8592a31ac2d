package com.clinicnetwork.contracts.directory;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/** Where a location is, in WGS 84 degrees, so clients can look for locations within a distance. */
public record Coordinates(
        @DecimalMin("-90") @DecimalMax("90") double latitude,
        @DecimalMin("-180") @DecimalMax("180") double longitude) {
}
