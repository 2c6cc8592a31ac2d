package com.clinicnetwork.identity.account;

/** The platform's roles, as the services read them from the {@code roles} claim. */
public enum Role {
    CLIENT, THERAPIST, FRONT_DESK, CLINIC_ADMIN, OPERATOR
}
