package com.clinicnetwork.gateway.ratelimit;

import com.clinicnetwork.gateway.errors.GatewayProblems;
import com.clinicnetwork.servicedefaults.reactive.ExchangeProblems;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Lets a request pass while its caller's bucket has a token, answers 429 with {@code Retry-After}
 * otherwise. Health and metrics probes are never limited.
 */
class RateLimitWebFilter implements WebFilter, Ordered {

    private final String policyName;
    private final RateLimitPolicy policy;
    private final Function<ServerWebExchange, Mono<String>> callerKey;
    private final int order;
    private final RateLimiter limiter;
    private final ExchangeProblems problems;

    RateLimitWebFilter(String policyName, RateLimitPolicy policy, Function<ServerWebExchange, Mono<String>> callerKey,
            int order, RateLimiter limiter, ExchangeProblems problems) {
        this.policyName = policyName;
        this.policy = policy;
        this.callerKey = callerKey;
        this.order = order;
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().value().startsWith("/actuator/")) {
            return chain.filter(exchange);
        }
        return callerKey.apply(exchange)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(key -> key.isEmpty() ? chain.filter(exchange)
                        : limiter.acquire(policyName, policy, key.get()).flatMap(decision -> decision.allowed()
                                ? chain.filter(exchange)
                                : tooManyRequests(exchange, decision)));
    }

    private Mono<Void> tooManyRequests(ServerWebExchange exchange, RateLimitDecision decision) {
        long seconds = GatewayProblems.seconds(decision.retryAfter());
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                "Too many requests from " + (policyName.equals(RateLimitConfiguration.PER_USER) ? "this user" : "this address")
                        + ". Retry after " + seconds + " s.");
    }

    @Override
    public int getOrder() {
        return order;
    }
}
