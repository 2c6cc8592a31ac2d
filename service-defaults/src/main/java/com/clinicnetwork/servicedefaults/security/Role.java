package com.clinicnetwork.servicedefaults.security;

/** The platform's roles, carried in the token's {@code roles} claim. */
public enum Role {
    CLIENT,
    THERAPIST,
    FRONT_DESK,
    CLINIC_ADMIN,
    OPERATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
