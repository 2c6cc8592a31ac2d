package com.clinicnetwork.gateway.correlation;

import com.clinicnetwork.gateway.FilterOrder;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a request id, passes it to the service, and returns it together with the request's
 * W3C trace context on every response, errors included, so a front end can quote both in a support request
 * and operators can find the request in every service's logs and in the trace viewer.
 * <p>
 * The trace itself is Micrometer Tracing's: the server observation of each request is the gateway's span
 * (continuing a valid incoming {@code traceparent}, otherwise starting a trace), and Spring Cloud Gateway's
 * client observation sends the routed call's own span to the service. This filter only writes the gateway's
 * span to the response, through the configured propagator.
 */
@Component
public class CorrelationFilter implements WebFilter, Ordered {

    public static final String REQUEST_ID = "X-Request-Id";

    /** What a caller may send as its own request id: short, printable, no characters that could forge log lines. */
    private static final Pattern WELL_FORMED_REQUEST_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{7,127}");

    private final ObjectProvider<Propagator> propagator;

    public CorrelationFilter(ObjectProvider<Propagator> propagator) {
        this.propagator = propagator;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = requestId(exchange.getRequest().getHeaders().getFirst(REQUEST_ID));
        ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> headers.set(REQUEST_ID, requestId)).build();
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders response = exchange.getResponse().getHeaders();
            response.set(REQUEST_ID, requestId);
            writeTraceContext(exchange, response);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(request).build());
    }

    /** The gateway's span of this request (the server observation's), as the propagator writes it (W3C: traceparent). */
    private void writeTraceContext(ServerWebExchange exchange, HttpHeaders response) {
        Propagator available = propagator.getIfAvailable();
        if (available == null) {
            return;
        }
        ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(observation -> observation.<TracingObservationHandler.TracingContext>get(TracingObservationHandler.TracingContext.class))
                .map(TracingObservationHandler.TracingContext::getSpan)
                .ifPresent(span -> available.inject(span.context(), response, HttpHeaders::set));
    }

    static String requestId(String offered) {
        return offered != null && WELL_FORMED_REQUEST_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    @Override
    public int getOrder() {
        return FilterOrder.CORRELATION;
    }
}
