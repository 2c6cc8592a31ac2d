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

    private static final String PREFERENCES = "/api/v1/clients/*/notification-preferences";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ClinicSecurity clinicSecurity) {
        // Role rules per path; each controller narrows further to the rows the caller may see.
        return clinicSecurity.build(http, rules -> rules
                // Webhook subscriptions (and their secrets) belong to the chain's administration.
                .requestMatchers("/api/v1/notifications/webhook-subscriptions", "/api/v1/notifications/webhook-subscriptions/**")
                .hasRole(Role.CLINIC_ADMIN.name())
                // Therapists have no business reading client messages; every other role is narrowed per row in the query.
                .requestMatchers(HttpMethod.GET, "/api/v1/notifications")
                .hasAnyRole(Role.CLIENT.name(), Role.FRONT_DESK.name(), Role.CLINIC_ADMIN.name(), Role.OPERATOR.name())
                // Preferences hold contact data (the SMS number): not for operators or therapists.
                .requestMatchers(HttpMethod.GET, PREFERENCES)
                .hasAnyRole(Role.CLIENT.name(), Role.FRONT_DESK.name(), Role.CLINIC_ADMIN.name())
                // Only the client changes where their messages go (the controller checks it is their own record).
                .requestMatchers(HttpMethod.PUT, PREFERENCES)
                .hasRole(Role.CLIENT.name())
                .requestMatchers(HttpMethod.POST, PREFERENCES + "/sms-verification")
                .hasRole(Role.CLIENT.name()));
    }
}
