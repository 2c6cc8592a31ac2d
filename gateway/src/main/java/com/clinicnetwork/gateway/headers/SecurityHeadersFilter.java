package com.clinicnetwork.gateway.headers;

import com.clinicnetwork.gateway.FilterOrder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The response headers every answer of the front door carries, whoever produced it (a service, the
 * gateway's own error handling, a rejected preflight): no MIME sniffing, no framing, no referrer, no
 * server banner, and HSTS when the request reached us over TLS (directly or via a TLS-terminating
 * proxy that says so in {@code X-Forwarded-Proto}). Set just before the response is committed, so a
 * service cannot weaken them.
 */
@Component
public class SecurityHeadersFilter implements WebFilter, Ordered {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean overTls = overTls(exchange.getRequest());
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.remove(HttpHeaders.SERVER);
            headers.remove("X-Powered-By");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            if (!headers.containsHeader("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", "frame-ancestors 'none'");
            }
            if (overTls) {
                headers.set("Strict-Transport-Security", HSTS);
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    public static boolean overTls(ServerHttpRequest request) {
        if (request.getSslInfo() != null || "https".equalsIgnoreCase(request.getURI().getScheme())) {
            return true;
        }
        String forwardedProto = request.getHeaders().getFirst("X-Forwarded-Proto");
        return forwardedProto != null && "https".equalsIgnoreCase(forwardedProto.split(",")[0].trim());
    }

    @Override
    public int getOrder() {
        return FilterOrder.SECURITY_HEADERS;
    }
}
