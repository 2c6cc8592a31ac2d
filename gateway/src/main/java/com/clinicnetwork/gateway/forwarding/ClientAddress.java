package com.clinicnetwork.gateway.forwarding;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The address a request came from: the connection's peer, unless that peer is a proxy the gateway is told to trust
 * ({@link ForwardingProperties#trustedProxies()}, e.g. the web app calling for its visitors). Then it is the
 * right-most address of {@code X-Forwarded-For} that is not itself a trusted proxy: entries to its left were
 * written by whoever called the proxy and prove nothing. A header that is not a list of IP literals is ignored and
 * the peer counts. A gateway facing the internet directly trusts no one, since any client can write the header.
 * Behind a load balancer, set {@code server.forward-headers-strategy=framework} so the peer is the balancer's client.
 */
@Component
public class ClientAddress {

    private final Set<InetAddress> trustedProxies;

    public ClientAddress(ForwardingProperties properties) {
        this.trustedProxies = properties.trustedProxies().stream().map(ClientAddress::literal)
                .map(Optional::orElseThrow).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<String> of(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return Optional.empty();
        }
        InetAddress peer = remote.getAddress();
        if (!trustedProxies.contains(peer)) {
            return Optional.of(peer.getHostAddress());
        }
        List<String> forwardedFor = exchange.getRequest().getHeaders().getValuesAsList("X-Forwarded-For");
        return Optional.of(forwardedClient(forwardedFor).orElse(peer).getHostAddress());
    }

    private Optional<InetAddress> forwardedClient(List<String> headerValues) {
        List<String> hops = headerValues.stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim).filter(hop -> !hop.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                return Optional.empty();
            }
            if (!trustedProxies.contains(hop.get()) || i == 0) {
                return hop;
            }
        }
        return Optional.empty();
    }

    /** An IP literal as an address, without any DNS lookup; empty for anything else. */
    private static Optional<InetAddress> literal(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
