package com.clinicnetwork.servicedefaults.reactive;

import com.clinicnetwork.servicedefaults.web.ProblemTypes;
import java.net.URI;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem responses of the platform's WebFlux applications (the gateway, the operator console), with the
 * type URIs the services use ({@link ProblemTypes}) and the request's path as {@code instance}. {@link #write} answers
 * refusals made before any controller (the security chain, web filters, error handlers); {@link #problem} is the
 * body for a controller advice.
 */
public class ExchangeProblems {

    private final JsonMapper json;

    public ExchangeProblems(JsonMapper json) {
        this.json = json;
    }

    /** A problem with the platform's type URI for {@code slug}, about the exchange's path. */
    public static ProblemDetail problem(HttpStatus status, String slug, String title, String detail, ServerWebExchange exchange) {
        return about(ProblemTypes.problem(status, slug, title, detail), exchange);
    }

    /** Writes a problem as the whole response, for refusals made before any controller. */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug, String title, String detail) {
        return write(exchange, ProblemTypes.problem(status, slug, title, detail));
    }

    /**
     * Writes {@code problem}, about the exchange's path, as the whole response; nothing when the response is already on
     * its way (a refusal racing an answer). A 401 names the {@code Bearer} scheme, as RFC 9110 requires of every 401.
     */
    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        byte[] body = json.writeValueAsBytes(about(problem, exchange));
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    private static ProblemDetail about(ProblemDetail problem, ServerWebExchange exchange) {
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return problem;
    }
}
