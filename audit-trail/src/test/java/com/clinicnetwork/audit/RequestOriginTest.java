package com.clinicnetwork.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestOriginTest {

    @Test
    void takesTheAddressTheNearestProxyVouchesFor() {
        assertThat(RequestOrigin.clientIp("198.51.100.23", "10.0.0.5")).isEqualTo("198.51.100.23");
        assertThat(RequestOrigin.clientIp("203.0.113.9, 198.51.100.23", "10.0.0.5")).isEqualTo("198.51.100.23");
        assertThat(RequestOrigin.clientIp("2001:db8::1", "10.0.0.5")).isEqualTo("2001:db8::1");
    }

    @Test
    void fallsBackToThePeerWhenTheHeaderIsMissingOrMalformed() {
        assertThat(RequestOrigin.clientIp(null, "10.0.0.5")).isEqualTo("10.0.0.5");
        assertThat(RequestOrigin.clientIp("not-an-ip'; DROP TABLE", "10.0.0.5")).isEqualTo("10.0.0.5");
        assertThat(RequestOrigin.clientIp("", null)).isNull();
    }

    @Test
    void keepsOnlyAWellFormedRequestId() {
        assertThat(RequestOrigin.requestId("web-1c2d3e4f5a")).isEqualTo("web-1c2d3e4f5a");
        assertThat(RequestOrigin.requestId("x\r\ny")).isNull();
        assertThat(RequestOrigin.requestId(null)).isNull();
    }
}
