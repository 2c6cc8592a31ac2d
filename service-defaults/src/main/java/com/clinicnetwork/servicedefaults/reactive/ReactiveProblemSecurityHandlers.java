package com.clinicnetwork.servicedefaults.reactive;

import com.clinicnetwork.servicedefaults.security.SecurityProblems;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 and 403 of a WebFlux application as the platform's problems ({@link SecurityProblems}) instead of empty bodies.
 * A WebFlux application refuses by path (the gateway routes, the console's API is for operators), not by operation as
 * a service does, and its 403 says so.
 */
public class ReactiveProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    static final String ACCESS_DENIED_DETAIL = "This path is not open to this caller.";

    private final ExchangeProblems problems;

    public ReactiveProblemSecurityHandlers(ExchangeProblems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException exception) {
        return problems.write(exchange, SecurityProblems.authenticationRequired());
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange, SecurityProblems.accessDenied(ACCESS_DENIED_DETAIL));
    }
}
