package com.clinicnetwork.therapist.web;

import com.clinicnetwork.servicedefaults.security.ClinicSecurity;
import com.clinicnetwork.servicedefaults.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The directory is readable by every authenticated user; clinic admins change it. Therapists also reach
 * the profile and time-off endpoints, where the code lets them change only their own bio and time off.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String API = "/api/v1/**";
    private static final String ADMIN = Role.CLINIC_ADMIN.name();
    private static final String THERAPIST = Role.THERAPIST.name();

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ClinicSecurity clinicSecurity) {
        return clinicSecurity.build(http, authorize -> authorize
                .requestMatchers(HttpMethod.PUT, "/api/v1/therapists/*").hasAnyRole(ADMIN, THERAPIST)
                .requestMatchers(HttpMethod.POST, "/api/v1/therapists/*/time-off").hasAnyRole(ADMIN, THERAPIST)
                .requestMatchers(HttpMethod.DELETE, "/api/v1/therapists/*/time-off/*").hasAnyRole(ADMIN, THERAPIST)
                .requestMatchers(HttpMethod.POST, API).hasRole(ADMIN)
                .requestMatchers(HttpMethod.PUT, API).hasRole(ADMIN)
                .requestMatchers(HttpMethod.PATCH, API).hasRole(ADMIN)
                .requestMatchers(HttpMethod.DELETE, API).hasRole(ADMIN)
                .requestMatchers(HttpMethod.GET, API).authenticated());
    }
}
