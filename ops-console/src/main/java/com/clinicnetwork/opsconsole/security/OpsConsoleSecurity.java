package com.clinicnetwork.opsconsole.security;

import com.clinicnetwork.opsconsole.ConsolePage;
import com.clinicnetwork.opsconsole.Problems;
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
 * An OAuth2 resource server like the services: a valid RS256 token of the configured issuer carrying the platform's
 * audience ({@link TokenTrust}, shared with the gateway and the services; start-up fails without them), and the
 * {@code OPERATOR} role for the console's API. The page's files hold no data and are open, as are health, metrics
 * and the API document. The gateway, which routes {@code /ops/**} here, applies the same rules before it.
 */
@Configuration
@EnableWebFluxSecurity
public class OpsConsoleSecurity {

    @Bean
    ReactiveJwtDecoder jwtDecoder(Environment environment) {
        TokenTrust trust = TokenTrust.from(environment);
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(trust.jwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(trust.validator());
        return decoder;
    }

    @Bean
    SecurityWebFilterChain opsConsoleSecurityChain(ServerHttpSecurity http, Problems problems) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        // The console page itself holds no data; its API is for operators only.
                        .pathMatchers(HttpMethod.GET, ConsolePage.PAGES).permitAll()
                        .pathMatchers("/ops/**").hasRole("OPERATOR")
                        .anyExchange().denyAll())
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

    /** The platform's {@code roles} claim as {@code ROLE_*} authorities, as the services and the gateway read it. */
    private static ReactiveJwtAuthenticationConverterAdapter platformRoles() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
