package com.clinicnetwork.gateway.forwarding;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The address a request came from: the connection's peer, unless that peer is a proxy the gateway is told to trust
 * ({@link ForwardingProperties#trustedProxies()}, e.g. the web app calling for its visitors, or an address in the
 * Ingress controller's pod network). Then it is the
 * right-most address of {@code X-Forwarded-For} that is not itself a trusted proxy: entries to its left were
 * written by whoever called the proxy and prove nothing. A header that is not a list of IP literals is ignored and
 * the peer counts. A gateway facing the internet directly trusts no one, since any client can write the header.
 * Behind a load balancer, set {@code server.forward-headers-strategy=framework} so the peer is the balancer's client.
 */
@Component
public class ClientAddress {

    private final List<AddressRange> trustedProxies;

    public ClientAddress(ForwardingProperties properties) {
        this.trustedProxies = properties.trustedProxies().stream().map(AddressRange::parse).map(Optional::orElseThrow).toList();
    }

    public Optional<String> of(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return Optional.empty();
        }
        InetAddress peer = remote.getAddress();
        if (!trusted(peer)) {
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
            if (!trusted(hop.get()) || i == 0) {
                return hop;
            }
        }
        return Optional.empty();
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
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
