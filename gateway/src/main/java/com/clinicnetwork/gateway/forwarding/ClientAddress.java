package com.clinicnetwork.gateway.forwarding;

import java.net.InetSocketAddress;
import java.util.Optional;
import org.springframework.web.server.ServerWebExchange;

/**
 * The address a request came from: the connection's peer. Behind a trusted load balancer, set
 * {@code server.forward-headers-strategy=framework} so that this is the client's address from the
 * balancer's {@code X-Forwarded-For}; a gateway facing the internet directly must never believe that
 * header, since any client can write it.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static Optional<String> of(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return Optional.empty();
        }
        return Optional.of(remote.getAddress().getHostAddress());
    }
}
