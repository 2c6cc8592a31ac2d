package com.clinicnetwork.gateway.correlation;

import org.springframework.cloud.gateway.filter.headers.observation.DefaultGatewayObservationConvention;
import org.springframework.stereotype.Component;

/**
 * The observation of a routed call (a client span per call to a service, and its timer) under a name of its own.
 * Spring Cloud Gateway 5.0.4 names it {@code http.client.requests}, as Spring's {@code WebClient} names its calls (the
 * gateway's export and audit fan-out), with other tag keys: Prometheus keeps only one set of tag keys per name and
 * would silently drop the other's series. Later gateway versions use this name themselves.
 */
@Component
public class RoutedCallObservationConvention extends DefaultGatewayObservationConvention {

    public static final String NAME = "spring.cloud.gateway.http.client.requests";

    @Override
    public String getName() {
        return NAME;
    }
}
