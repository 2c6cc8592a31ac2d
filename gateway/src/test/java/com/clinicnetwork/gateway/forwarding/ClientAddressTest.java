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
    void anIngressControllersPodNetworkIsTrustedAsABlock() {
        ClientAddress behindAnIngress = new ClientAddress(new ForwardingProperties(List.of("10.244.0.0/16", "fd00:10::/32")));

        assertThat(behindAnIngress.of(request("10.244.7.19", "203.0.113.9"))).hasValue("203.0.113.9");
        assertThat(behindAnIngress.of(request("10.244.255.1", "10.244.3.3, 203.0.113.9, 10.244.0.5"))).hasValue("203.0.113.9");
        assertThat(behindAnIngress.of(request("fd00:10:ab::4", "2001:db8::7"))).hasValue("2001:db8:0:0:0:0:0:7");
        assertThat(behindAnIngress.of(request("10.245.0.1", "203.0.113.9"))).hasValue("10.245.0.1");
        assertThat(behindAnIngress.of(request("fd00:11::4", "2001:db8::7"))).hasValue("fd00:11:0:0:0:0:0:4");
    }

    @Test
    void aBlockEndsExactlyAtItsPrefix() {
        ClientAddress trustingA26 = new ClientAddress(new ForwardingProperties(List.of("192.0.2.64/26")));

        assertThat(trustingA26.of(request("192.0.2.64", "203.0.113.9"))).hasValue("203.0.113.9");
        assertThat(trustingA26.of(request("192.0.2.127", "203.0.113.9"))).hasValue("203.0.113.9");
        assertThat(trustingA26.of(request("192.0.2.63", "203.0.113.9"))).hasValue("192.0.2.63");
        assertThat(trustingA26.of(request("192.0.2.128", "203.0.113.9"))).hasValue("192.0.2.128");
    }

    @Test
    void trustedProxiesMustBeIpAddressesOrBlocksNotNames() {
        for (String invalid : List.of("web-app.internal", "10.0.0.0/33", "10.0.0.0/", "10.0.0.0/x", "fd00::/129", "ingress/16")) {
            assertThatThrownBy(() -> new ForwardingProperties(List.of(invalid)))
                    .hasMessageContaining("clinic.gateway.forwarding.trusted-proxies")
                    .hasMessageContaining(invalid);
        }
        assertThat(new ForwardingProperties(List.of("10.0.0.0/8", "::1/128", "0.0.0.0/0")).trustedProxies()).hasSize(3);
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
