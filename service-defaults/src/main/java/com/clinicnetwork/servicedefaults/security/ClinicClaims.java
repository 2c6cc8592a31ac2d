package com.clinicnetwork.servicedefaults.security;

/** Names of the token claims that link a user to the platform's records. */
public final class ClinicClaims {

    public static final String ROLES = "roles";
    public static final String CLIENT_ID = "client_id";
    public static final String THERAPIST_ID = "therapist_id";
    public static final String LOCATION_IDS = "location_ids";

    private ClinicClaims() {
    }
}
