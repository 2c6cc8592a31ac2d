package com.clinicnetwork.gateway.forwarding;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param trustedProxies IP addresses or CIDR blocks of proxies in front of the gateway whose {@code X-Forwarded-For} is
 *                       believed, such as the web app (a backend-for-frontend that calls the API for its visitors) or
 *                       an Ingress controller's pod network; literals only, never host names (no DNS lookups per
 *                       request). Empty: the connection's peer is the client, whatever the request claims.
 */
@ConfigurationProperties("clinic.gateway.forwarding")
public record ForwardingProperties(@DefaultValue List<String> trustedProxies) {

    public ForwardingProperties {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::trim).filter(address -> !address.isEmpty()).toList();
        for (String address : trustedProxies) {
            if (AddressRange.parse(address).isEmpty()) {
                throw new IllegalArgumentException(
                        "clinic.gateway.forwarding.trusted-proxies: not an IP address or CIDR block: " + address);
            }
        }
    }
}
