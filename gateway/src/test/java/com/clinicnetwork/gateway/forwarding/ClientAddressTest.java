package com.clinicnetwork.gateway.forwarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class ClientAddressTest {

    private static final String WEB_APP = "127.0.0.1";
    private final ClientAddress trustingTheWebApp = new ClientAddress(new ForwardingProperties(List.of(WEB_APP, "::1")));
    private final ClientAddress trustingNobody = new ClientAddress(new ForwardingProperties(List.of()));

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverTheRequestClaims() {
        assertThat(trustingNobody.of(request("198.51.100.4", "203.0.113.9"))).hasValue("198.51.100.4");
        assertThat(trustingNobody.of(request(WEB_APP, "203.0.113.9"))).hasValue(WEB_APP);
    }

    @Test
    void aTrustedProxyNamesTheBrowserItCalledFor() {
        assertThat(trustingTheWebApp.of(request(WEB_APP, "203.0.113.9"))).hasValue("203.0.113.9");
        assertThat(trustingTheWebApp.of(request("::1", "2001:db8::7"))).hasValue("2001:db8:0:0:0:0:0:7");
    }

    @Test
    void onlyTheHopTheTrustedProxyAddedCountsNotWhatItsCallerWrote() {
        assertThat(trustingTheWebApp.of(request(WEB_APP, "10.9.9.9, 203.0.113.9"))).hasValue("203.0.113.9");
        assertThat(trustingTheWebApp.of(request(WEB_APP, "203.0.113.9, 127.0.0.1"))).hasValue("203.0.113.9");
    }

    @Test
    void anyoneElseClaimingAnAddressIsNotBelieved() {
        assertThat(trustingTheWebApp.of(request("198.51.100.4", "203.0.113.9"))).hasValue("198.51.100.4");
    }

    @Test
    void aTrustedProxyWithoutOrWithAGarbledHeaderIsItselfTheClient() {
        assertThat(trustingTheWebApp.of(request(WEB_APP, null))).hasValue(WEB_APP);
        assertThat(trustingTheWebApp.of(request(WEB_APP, "evil.example.com"))).hasValue(WEB_APP);
        assertThat(trustingTheWebApp.of(request(WEB_APP, "203.0.113.9, not-an-ip"))).hasValue(WEB_APP);
    }

    @Test
    void trustedProxiesMustBeIpAddressesNotNames() {
        assertThatThrownBy(() -> new ForwardingProperties(List.of("web-app.internal")))
                .hasMessageContaining("clinic.gateway.forwarding.trusted-proxies");
        assertThat(new ForwardingProperties(List.of(" 127.0.0.1 ", "")).trustedProxies()).containsExactly("127.0.0.1");
    }

    private static MockServerWebExchange request(String peer, String forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/v1/therapists")
                .remoteAddress(new InetSocketAddress(peer, 52000));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return MockServerWebExchange.from(request);
    }
}
