package com.clinicnetwork.therapist.location;

/** Where a location is, in WGS 84 degrees: latitude −90 to 90, longitude −180 to 180. */
public record Coordinates(double latitude, double longitude) {

    com.clinicnetwork.contracts.directory.Coordinates toContract() {
        return new com.clinicnetwork.contracts.directory.Coordinates(latitude, longitude);
    }
}
