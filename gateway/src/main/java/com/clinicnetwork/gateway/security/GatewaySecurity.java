package com.clinicnetwork.gateway.security;

import com.clinicnetwork.gateway.errors.ProblemResponses;
import com.clinicnetwork.gateway.resilience.FallbackController;
import com.clinicnetwork.servicedefaults.links.CheckInLinkObservationFilter;
import com.clinicnetwork.servicedefaults.security.TokenTrust;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * The gateway's first line of defence: every API request needs a valid token before it is routed, signed
 * by the configured issuer, carrying its {@code iss} and the platform's audience ({@link TokenTrust}, shared
 * with the services; start-up fails when any of them is not configured).
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
    ReactiveJwtDecoder jwtDecoder(Environment environment) {
        TokenTrust trust = TokenTrust.from(environment);
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(trust.jwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(trust.validator());
        return decoder;
    }

    /** Applied by Spring Boot to every observation: the token of a check-in link path never reaches metrics or traces. */
    @Bean
    CheckInLinkObservationFilter checkInLinkObservationFilter() {
        return new CheckInLinkObservationFilter();
    }

    @Bean
    SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http, ProblemResponses problems) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
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
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(platformRoles()))
                        .authenticationEntryPoint((exchange, e) -> problems.write(exchange, HttpStatus.UNAUTHORIZED,
                                "unauthenticated", "Authentication required", "A valid bearer token is required.")))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((exchange, e) -> problems.write(exchange, HttpStatus.UNAUTHORIZED,
                                "unauthenticated", "Authentication required", "A valid bearer token is required."))
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                                "forbidden", "Access denied", "This path is not open to this caller.")))
                .build();
    }

    /**
     * The platform's {@code roles} claim as {@code ROLE_*} authorities, as the services read it; the gateway decides
     * on roles only for the operator console's paths.
     */
    private static ReactiveJwtAuthenticationConverterAdapter platformRoles() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
