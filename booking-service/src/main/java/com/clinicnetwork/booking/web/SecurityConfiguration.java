package com.clinicnetwork.booking.web;

import com.clinicnetwork.servicedefaults.security.ClinicSecurity;
import com.clinicnetwork.servicedefaults.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Role rules per path; who may see or change which appointment is decided in the feature code. The aftercare
 * check-in links are open: the signed link is the credential (package aftercare).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ClinicSecurity clinicSecurity) {
        String[] booking = {Role.CLIENT.name(), Role.FRONT_DESK.name(), Role.CLINIC_ADMIN.name()};
        return clinicSecurity.build(http, rules -> rules
                // Staff register clients; a client creates their own profile.
                .requestMatchers(HttpMethod.POST, "/api/v1/clients")
                .hasAnyRole(Role.CLIENT.name(), Role.FRONT_DESK.name(), Role.CLINIC_ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/clients/me")
                .hasRole(Role.CLIENT.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/clients")
                .hasAnyRole(Role.FRONT_DESK.name(), Role.CLINIC_ADMIN.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/locations/*/booking-policy")
                .hasRole(Role.CLINIC_ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/appointments", "/api/v1/appointment-series", "/api/v1/waitlist")
                .hasAnyRole(booking)
                .requestMatchers(HttpMethod.POST, "/api/v1/waitlist/offers/*/accept", "/api/v1/waitlist/offers/*/decline")
                .hasRole(Role.CLIENT.name())
                // The client's word that they will come, or the front desk recording it from a call.
                .requestMatchers(HttpMethod.POST, "/api/v1/appointments/*/confirm")
                .hasAnyRole(Role.CLIENT.name(), Role.FRONT_DESK.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/appointments/*/aftercare-check-in")
                .hasRole(Role.CLIENT.name())
                // Health data: never front desk or operators.
                .requestMatchers(HttpMethod.GET, "/api/v1/aftercare-check-ins")
                .hasAnyRole(Role.CLIENT.name(), Role.THERAPIST.name(), Role.CLINIC_ADMIN.name())
                // Scores of a course: stricter than intake notes, no front desk (package outcome).
                .requestMatchers(HttpMethod.GET, "/api/v1/appointments/*/outcome-trend")
                .hasAnyRole(Role.CLIENT.name(), Role.THERAPIST.name(), Role.CLINIC_ADMIN.name())
                .requestMatchers("/api/v1/reports/**")
                .hasRole(Role.CLINIC_ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/aftercare-check-in-links/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/aftercare-check-in-links/*").permitAll());
    }
}
