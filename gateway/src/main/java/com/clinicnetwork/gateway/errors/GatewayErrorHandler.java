package com.clinicnetwork.gateway.errors;

import com.clinicnetwork.servicedefaults.reactive.ExchangeProblems;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Turns every failure at the gateway into a problem response: unknown paths are 404, an oversize
 * streamed body is 413, an unreachable service is 503, a service that does not answer in time is 504,
 * and nothing leaks a stack trace. Failures inside a route's circuit breaker are answered by
 * {@code FallbackController} instead.
 */
@Component
@Order(-2)
public class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private static final Duration RETRY_SOON = Duration.ofSeconds(1);

    private final GatewayProblems gatewayProblems;
    private final ExchangeProblems problems;

    public GatewayErrorHandler(GatewayProblems gatewayProblems, ExchangeProblems problems) {
        this.gatewayProblems = gatewayProblems;
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        Optional<RequestBodyTooLargeException> tooLarge = cause(error, RequestBodyTooLargeException.class);
        if (tooLarge.isPresent()) {
            return gatewayProblems.payloadTooLarge(exchange, tooLarge.get().maxBytes());
        }
        if (hasCause(error, ConnectException.class)) {
            return gatewayProblems.serviceUnavailable(exchange, RETRY_SOON);
        }
        if (hasCause(error, TimeoutException.class)) {
            return gatewayProblems.serviceTimeout(exchange);
        }
        if (error instanceof ResponseStatusException statusError) {
            HttpStatusCode code = statusError.getStatusCode();
            if (code.value() == HttpStatus.NOT_FOUND.value()) {
                return problems.write(exchange, HttpStatus.NOT_FOUND, "not-found", "Not found", "No resource at this path.");
            }
            HttpStatus status = HttpStatus.resolve(code.value());
            if (status != null && status.is4xxClientError()) {
                return problems.write(exchange, status, "request-rejected", status.getReasonPhrase(),
                        "The gateway rejected the request.");
            }
        }
        log.error("Gateway request failed", error);
        return problems.write(exchange, HttpStatus.BAD_GATEWAY, "bad-gateway", "Bad gateway",
                "The request could not be forwarded. It has been logged.");
    }

    public static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        return cause(error, type).isPresent();
    }

    public static <T extends Throwable> Optional<T> cause(Throwable error, Class<T> type) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return Optional.of(type.cast(current));
            }
        }
        return Optional.empty();
    }
}
