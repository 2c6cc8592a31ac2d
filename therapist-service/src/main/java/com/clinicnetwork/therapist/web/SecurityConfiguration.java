package com.clinicnetwork.therapist.web;

import com.clinicnetwork.servicedefaults.security.ClinicSecurity;
import com.clinicnetwork.servicedefaults.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The directory is readable by every authenticated user; only clinic admins change it. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String API = "/api/v1/**";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ClinicSecurity clinicSecurity) {
        return clinicSecurity.build(http, authorize -> authorize
                .requestMatchers(HttpMethod.POST, API).hasRole(Role.CLINIC_ADMIN.name())
                .requestMatchers(HttpMethod.PUT, API).hasRole(Role.CLINIC_ADMIN.name())
                .requestMatchers(HttpMethod.PATCH, API).hasRole(Role.CLINIC_ADMIN.name())
                .requestMatchers(HttpMethod.DELETE, API).hasRole(Role.CLINIC_ADMIN.name())
                .requestMatchers(HttpMethod.GET, API).authenticated());
    }
}
