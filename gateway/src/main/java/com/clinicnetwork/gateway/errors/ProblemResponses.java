package com.clinicnetwork.gateway.errors;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem responses with the same type URIs the services use. */
@Component
public class ProblemResponses {

    private static final String TYPE_BASE = "https://api.clinic-network.example/problems/";

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug, String title, String detail) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.empty();
        }
        ProblemDetail problem = problem(status, slug, title, detail, exchange);
        byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        exchange.getResponse().setStatusCode(status);
        exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        exchange.getResponse().getHeaders().setContentLength(body.length);
        if (status == HttpStatus.UNAUTHORIZED) {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        DataBuffer buffer = exchange.getResponse().bufferFactory().wrap(body);
        return exchange.getResponse().writeWith(Mono.just(buffer));
    }

    /** A problem with the platform's type URI for {@code slug}, about the exchange's path. */
    public static ProblemDetail problem(HttpStatus status, String slug, String title, String detail, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return problem;
    }

    public Mono<Void> payloadTooLarge(ServerWebExchange exchange, long maxBytes) {
        return write(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large",
                "The request body must not exceed " + maxBytes + " bytes.");
    }

    public Mono<Void> serviceUnavailable(ServerWebExchange exchange, Duration retryAfter) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds(retryAfter)));
        return write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                "The service behind this path is not reachable. Try again shortly.");
    }

    public Mono<Void> serviceTimeout(ServerWebExchange exchange) {
        return write(exchange, HttpStatus.GATEWAY_TIMEOUT, "service-timeout", "Service timeout",
                "The service behind this path did not answer in time.");
    }

    /** Whole seconds for a {@code Retry-After} header, rounded up so a client never retries too early. */
    public static long seconds(Duration wait) {
        long millis = Math.max(wait.toMillis(), 1);
        return (millis + 999) / 1000;
    }
}
