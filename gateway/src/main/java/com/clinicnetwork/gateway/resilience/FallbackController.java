package com.clinicnetwork.gateway.resilience;

import com.clinicnetwork.gateway.errors.GatewayErrorHandler;
import com.clinicnetwork.gateway.errors.GatewayProblems;
import com.clinicnetwork.gateway.errors.RequestBodyTooLargeException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker forwards a failed call ({@code fallbackUri: forward:/fallback/<service>}):
 * a 504 problem when the service was too slow, otherwise a 503 problem with {@code Retry-After}, which
 * for an open circuit is the time until the gateway tries the service again. Only reachable through
 * such a forward; direct requests are denied by the security chain.
 */
@RestController
@Hidden
public class FallbackController {

    public static final String PATH = "/fallback/";

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);
    private static final Duration RETRY_SOON = Duration.ofSeconds(1);

    private final GatewayProblems problems;
    private final ResilienceProperties properties;

    public FallbackController(GatewayProblems problems, ResilienceProperties properties) {
        this.problems = problems;
        this.properties = properties;
    }

    @RequestMapping(PATH + "{service}")
    public Mono<Void> fallback(@PathVariable String service, ServerWebExchange exchange) {
        Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        Optional<RequestBodyTooLargeException> tooLarge = GatewayErrorHandler.cause(failure, RequestBodyTooLargeException.class);
        if (tooLarge.isPresent()) {
            return problems.payloadTooLarge(exchange, tooLarge.get().maxBytes());
        }
        if (failure instanceof CallNotPermittedException) {
            return problems.serviceUnavailable(exchange, properties.openStateWait());
        }
        if (GatewayErrorHandler.hasCause(failure, TimeoutException.class)) {
            log.warn("{} did not answer within {}", service, properties.timeout());
            return problems.serviceTimeout(exchange);
        }
        log.warn("{} is unreachable: {}", service, failure == null ? "unknown failure" : failure.toString());
        return problems.serviceUnavailable(exchange, RETRY_SOON);
    }
}
