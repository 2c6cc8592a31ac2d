package com.clinicnetwork.notification;

import com.clinicnetwork.servicedefaults.security.ClinicSecurity;
import com.clinicnetwork.servicedefaults.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ClinicSecurity clinicSecurity) {
        // Therapists have no business reading client messages; every other role is narrowed per row in the query.
        return clinicSecurity.build(http, rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/v1/notifications")
                .hasAnyRole(Role.CLIENT.name(), Role.FRONT_DESK.name(), Role.CLINIC_ADMIN.name(), Role.OPERATOR.name()));
    }
}
