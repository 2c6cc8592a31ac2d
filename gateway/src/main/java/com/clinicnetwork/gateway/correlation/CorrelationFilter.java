package com.clinicnetwork.gateway.correlation;

import com.clinicnetwork.gateway.FilterOrder;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a request id and a W3C trace context, passes both to the service, and returns
 * both on every response, errors included, so a front end can quote them in a support request and
 * operators can find the request in every service's logs.
 */
@Component
public class CorrelationFilter implements WebFilter, Ordered {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String TRACE_STATE = "tracestate";

    /** What a caller may send as its own request id: short, printable, no characters that could forge log lines. */
    private static final Pattern WELL_FORMED_REQUEST_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{7,127}");

    private final RandomGenerator random = new SecureRandom();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders incoming = exchange.getRequest().getHeaders();
        String requestId = requestId(incoming.getFirst(REQUEST_ID));
        var received = TraceParent.parse(incoming.getFirst(TraceParent.HEADER));
        TraceParent trace = received.map(parent -> parent.child(random)).orElseGet(() -> TraceParent.start(random));

        ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> {
            headers.set(REQUEST_ID, requestId);
            headers.set(TraceParent.HEADER, trace.header());
            if (received.isEmpty()) {
                // Vendor trace state belongs to the trace it came with, not to the new one.
                headers.remove(TRACE_STATE);
            }
        }).build();
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders response = exchange.getResponse().getHeaders();
            response.set(REQUEST_ID, requestId);
            response.set(TraceParent.HEADER, trace.header());
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(request).build());
    }

    static String requestId(String offered) {
        return offered != null && WELL_FORMED_REQUEST_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    @Override
    public int getOrder() {
        return FilterOrder.CORRELATION;
    }
}
