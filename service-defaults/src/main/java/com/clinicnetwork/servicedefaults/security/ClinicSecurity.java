package com.clinicnetwork.servicedefaults.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The security every service shares: stateless JWT resource server, problem responses for 401/403,
 * health and metrics open to the platform, everything else authenticated. A service adds its own
 * path rules; object-level checks stay in the service's code.
 */
public class ClinicSecurity {

    private final ClinicJwtAuthenticationConverter converter;
    private final ProblemSecurityHandlers problemHandlers;

    public ClinicSecurity(ClinicJwtAuthenticationConverter converter, ProblemSecurityHandlers problemHandlers) {
        this.converter = converter;
        this.problemHandlers = problemHandlers;
    }

    public SecurityFilterChain build(HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> serviceRules) {
        try {
            return http
                    .csrf(AbstractHttpConfigurer::disable)
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .authorizeHttpRequests(authorize -> {
                        authorize.requestMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/health",
                                "/actuator/prometheus", "/actuator/metrics/**", "/actuator/info", "/v3/api-docs/**", "/v3/api-docs").permitAll();
                        authorize.requestMatchers("/error").permitAll();
                        serviceRules.customize(authorize);
                        authorize.anyRequest().authenticated();
                    })
                    .oauth2ResourceServer(resourceServer -> resourceServer
                            .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                            .authenticationEntryPoint(problemHandlers)
                            .accessDeniedHandler(problemHandlers))
                    .exceptionHandling(exceptions -> exceptions
                            .authenticationEntryPoint(problemHandlers)
                            .accessDeniedHandler(problemHandlers))
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException("Security configuration failed", e);
        }
    }
}
