package com.clinicnetwork.gateway.forwarding;

import com.clinicnetwork.gateway.headers.SecurityHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the services who called and how, replacing whatever the caller claimed: {@code X-Forwarded-For}
 * is exactly the {@link ClientAddress} (the services' audit trail records it) and
 * {@code X-Forwarded-Proto} whether the request reached the front door over TLS. Runs as the last of
 * the gateway's request header filters, after Spring Cloud Gateway has removed every client-supplied
 * {@code Forwarded} and {@code X-Forwarded-*} header.
 */
@Component
public class ForwardedHeadersFilter implements HttpHeadersFilter, Ordered {

    private final ClientAddress clientAddress;

    public ForwardedHeadersFilter(ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(input);
        headers.remove("Forwarded");
        headers.remove("X-Forwarded-For");
        clientAddress.of(exchange).ifPresent(address -> headers.set("X-Forwarded-For", address));
        headers.set("X-Forwarded-Proto", SecurityHeadersFilter.overTls(exchange.getRequest()) ? "https" : "http");
        return headers;
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.REQUEST;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
