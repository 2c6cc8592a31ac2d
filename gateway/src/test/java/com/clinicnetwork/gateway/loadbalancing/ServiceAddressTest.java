package com.clinicnetwork.gateway.loadbalancing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://booking-service:8080", "https://booking.clinic.internal", "http://127.0.0.1:8082",
            "lb://booking-service"})
    void aServiceIsCalledOverHttpOrThroughTheLoadBalancer(String address) {
        assertThatCode(() -> ServiceAddress.require("clinic.gateway.export.booking-service", URI.create(address)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://booking-service", "booking-service:8080", "http:///path-only", "http://booking-service?x=1",
            "lb:booking-service"})
    void anythingElseIsRefusedNamingTheProperty(String address) {
        assertThatThrownBy(() -> ServiceAddress.require("clinic.gateway.export.booking-service", URI.create(address)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("clinic.gateway.export.booking-service: expected http(s)://host[:port] or lb://service-id");
    }
}
