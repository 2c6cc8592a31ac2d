package com.clinicnetwork.web.security;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The platform's roles as Spring Security authorities ({@code ROLE_CLIENT}, ...), in the order a person with
 * several is sent home: the first they hold decides.
 */
public enum Roles {
    CLIENT, THERAPIST, FRONT_DESK, CLINIC_ADMIN, OPERATOR;

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Roles> primary(Authentication authentication) {
        List<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        for (Roles role : values()) {
            if (held.contains(role.authority())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
