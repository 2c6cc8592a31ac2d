package com.clinicnetwork.gateway.loadbalancing;

import java.net.URI;

/**
 * A service's address as the gateway calls it: {@code http(s)://host[:port]} (in Kubernetes, the service's Service,
 * which spreads calls over its pods), or {@code lb://service-id} for replicas that Spring Cloud LoadBalancer picks from
 * (the local run's static instance lists, {@code spring.cloud.discovery.client.simple.instances}).
 */
public final class ServiceAddress {

    private ServiceAddress() {
    }

    /** @throws IllegalArgumentException naming the property when the address is none of those */
    public static void require(String property, URI address) {
        boolean knownScheme = "http".equals(address.getScheme()) || "https".equals(address.getScheme()) || isLoadBalanced(address);
        if (!knownScheme || address.getHost() == null || address.getRawQuery() != null) {
            throw new IllegalArgumentException(property + ": expected http(s)://host[:port] or lb://service-id, got " + address);
        }
    }

    static boolean isLoadBalanced(URI address) {
        return "lb".equals(address.getScheme());
    }
}
