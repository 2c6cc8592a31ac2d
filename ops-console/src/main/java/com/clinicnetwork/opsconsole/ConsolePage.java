package com.clinicnetwork.opsconsole;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The console's page (static files under {@code static/ops/}) and the headers it and its API get: a
 * content security policy that allows only the console's own scripts and calls (the page has no inline
 * script; through the gateway, "own" is the gateway's origin), and no caching of operational data.
 */
@Component
public class ConsolePage implements WebFilter, Ordered {

    /** The page's files: open to anyone, as they hold no data; the operator's token unlocks the API. */
    public static final String[] PAGES = {"/ops", "/ops/", "/ops/index.html", "/ops/console.js", "/ops/console.css"};

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (path.equals("/ops") || path.equals("/ops/")) {
            exchange.getResponse().setStatusCode(HttpStatus.FOUND);
            exchange.getResponse().getHeaders().set(HttpHeaders.LOCATION, "/ops/index.html");
            return exchange.getResponse().setComplete();
        }
        if (path.startsWith("/ops/")) {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("Content-Security-Policy", POLICY);
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        // Before the security chain: the redirect and the headers apply to refusals too.
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
