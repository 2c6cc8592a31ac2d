package com.clinicnetwork.gateway.errors;

import com.clinicnetwork.servicedefaults.reactive.ExchangeProblems;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The problems only the gateway answers with, each made in one place though several parts of the gateway answer it:
 * a body too large, a service unreachable or too slow. Written with service-defaults' {@link ExchangeProblems}, which
 * the gateway's other refusals use directly.
 */
@Component
public class GatewayProblems {

    private final ExchangeProblems problems;

    public GatewayProblems(ExchangeProblems problems) {
        this.problems = problems;
    }

    public Mono<Void> payloadTooLarge(ServerWebExchange exchange, long maxBytes) {
        return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large",
                "The request body must not exceed " + maxBytes + " bytes.");
    }

    public Mono<Void> serviceUnavailable(ServerWebExchange exchange, Duration retryAfter) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds(retryAfter)));
        return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                "The service behind this path is not reachable. Try again shortly.");
    }

    public Mono<Void> serviceTimeout(ServerWebExchange exchange) {
        return problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "service-timeout", "Service timeout",
                "The service behind this path did not answer in time.");
    }

    /** Whole seconds for a {@code Retry-After} header, rounded up so a client never retries too early. */
    public static long seconds(Duration wait) {
        long millis = Math.max(wait.toMillis(), 1);
        return (millis + 999) / 1000;
    }
}
