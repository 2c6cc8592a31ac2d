package com.clinicnetwork.servicedefaults.reactive;

import com.clinicnetwork.servicedefaults.security.ClinicJwtAuthenticationConverter;
import com.clinicnetwork.servicedefaults.security.ClinicSecurity;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The security the platform's WebFlux applications (the gateway, the operator console) share, as {@link ClinicSecurity}
 * is for the servlet services: an OAuth2 resource server whose token decoder is the one of
 * {@link ReactiveServiceDefaultsAutoConfiguration}, the platform's roles read from the token as the services read them
 * ({@link ClinicJwtAuthenticationConverter}: a token with a malformed platform claim is a 401), 401 and 403 as problems,
 * health, info, Prometheus metrics and the API document open. No CSRF protection, HTTP basic, login form, logout or
 * session: the callers are API clients with bearer tokens.
 */
public class ReactiveClinicSecurity {

    private static final String[] OPEN_TO_THE_PLATFORM = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**"};

    private final ReactiveJwtAuthenticationConverterAdapter platformRoles =
            new ReactiveJwtAuthenticationConverterAdapter(new ClinicJwtAuthenticationConverter());
    private final ReactiveProblemSecurityHandlers problemHandlers;

    public ReactiveClinicSecurity(ReactiveProblemSecurityHandlers problemHandlers) {
        this.problemHandlers = problemHandlers;
    }

    /**
     * The application's chain. {@code applicationRules} come after the open paths and must end with the application's
     * {@code anyExchange()} rule: what is not named is the application's own decision (the gateway passes it on to the
     * services, the console refuses it). Anything else the application sets on {@code http} (e.g. its own response
     * headers instead of Spring Security's) stays.
     */
    public SecurityWebFilterChain build(ServerHttpSecurity http, Customizer<ServerHttpSecurity.AuthorizeExchangeSpec> applicationRules) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // Stateless: every request carries its token. The defaults keep the security context and the request
                // for a later login in a WebSession, which made every request create one (a UUID from SecureRandom on
                // a bounded-elastic thread, the rest of the request continuing on another thread), for nothing.
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(HttpMethod.GET, OPEN_TO_THE_PLATFORM).permitAll();
                    applicationRules.customize(exchanges);
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(platformRoles))
                        .authenticationEntryPoint(problemHandlers))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problemHandlers)
                        .accessDeniedHandler(problemHandlers))
                .build();
    }
}
