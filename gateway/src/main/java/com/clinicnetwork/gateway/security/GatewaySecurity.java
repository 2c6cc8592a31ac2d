package com.clinicnetwork.gateway.security;

import com.clinicnetwork.gateway.resilience.FallbackController;
import com.clinicnetwork.servicedefaults.reactive.ReactiveClinicSecurity;
import com.clinicnetwork.servicedefaults.security.TokenTrust;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * The gateway's first line of defence: every API request needs a valid token before it is routed, signed
 * by the configured issuer, carrying its {@code iss} and the platform's audience ({@link TokenTrust}, shared
 * with the services; start-up fails when any of them is not configured). The chain's common part (token decoder,
 * the platform's roles, 401/403 problems, open health and metrics) is service-defaults' {@link ReactiveClinicSecurity},
 * shared with the operator console; the path rules here are the gateway's own.
 * The services validate the token again and make every role and object-level decision themselves. The one
 * exception to "a token first" are the aftercare check-in links, whose signature booking-service checks.
 * Response headers are the gateway's {@code SecurityHeadersFilter}'s job, so that rejections made
 * before this chain carry them too.
 */
@Configuration
@EnableWebFluxSecurity
public class GatewaySecurity {

    static final String CHECK_IN_LINKS = "/api/v1/aftercare-check-in-links/*";

    /** booking-service's FHIR R4 export: the same token as the JSON API. */
    static final String FHIR = "/fhir/**";

    /** The operator console's page files (served by ops-console through the route of {@code /ops/**}): they hold no data. */
    static final String[] CONSOLE_PAGES = {"/ops", "/ops/", "/ops/index.html", "/ops/console.js", "/ops/console.css"};

    @Bean
    SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http, ReactiveClinicSecurity security) {
        return security.build(http.headers(ServerHttpSecurity.HeaderSpec::disable), exchanges -> exchanges
                // The aftercare check-in links work without signing in: the signed link in the client's
                // message is the credential, which booking-service verifies. Still limited per address.
                .pathMatchers(HttpMethod.GET, CHECK_IN_LINKS).permitAll()
                .pathMatchers(HttpMethod.POST, CHECK_IN_LINKS).permitAll()
                .pathMatchers("/api/**", FHIR).authenticated()
                // The operator console (routed to ops-console, which checks the same again): the page itself
                // holds no data; its API is for operators only, refused here before it is routed.
                .pathMatchers(HttpMethod.GET, CONSOLE_PAGES).permitAll()
                .pathMatchers("/ops/**").hasRole("OPERATOR")
                // Reached only through a circuit breaker's internal forward, never from outside.
                .pathMatchers(FallbackController.PATH + "**").denyAll()
                .anyExchange().permitAll());
    }
}
