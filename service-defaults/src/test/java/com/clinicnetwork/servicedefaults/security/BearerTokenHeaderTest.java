package com.clinicnetwork.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The fast resolver must take and refuse exactly what Spring Security's default takes and refuses. */
class BearerTokenHeaderTest {

    private final BearerTokenResolver fast = new BearerTokenHeader();
    private final BearerTokenResolver reference = new DefaultBearerTokenResolver();

    @ParameterizedTest
    @ValueSource(strings = {"Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzYW0ifQ.c2ln", "bearer abc", "BEARER abc==", "Bearer a-._~+/=",
            "Bearer", "Bearer ", "Bearer  abc", "Bearer abc ", "Bearer ab=c", "Bearer =", "Bearer abc\t", "Bearerabc",
            "Basic dXNlcjpwYXNz", "", "bearer\tabc", "Bearer é", "Bearer abc\u0000", "Bearers abc", "Token abc"})
    void agreesWithSpringSecuritysDefault(String authorization) {
        assertThat(outcome(fast, authorization)).isEqualTo(outcome(reference, authorization));
    }

    @Test
    void agreesWithSpringSecuritysDefaultOnRandomHeaders() {
        Random random = new Random(20261203);
        String alphabet = "aZ09-._~+/= \tBbEeAaRr\u00e9\u0000,;:\"";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder header = new StringBuilder(random.nextInt(3) == 0 ? "" : random.nextBoolean() ? "Bearer " : "bEaReR");
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String authorization = header.toString();
            assertThat(outcome(fast, authorization)).as("Authorization: %s", authorization).isEqualTo(outcome(reference, authorization));
        }
    }

    @Test
    void noHeaderNoToken() {
        assertThat(fast.resolve(new MockHttpServletRequest())).isNull();
    }

    /** The token taken, or the error refusing the header. */
    private static String outcome(BearerTokenResolver resolver, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/appointments");
        request.addHeader("Authorization", authorization);
        try {
            return "token:" + resolver.resolve(request);
        } catch (OAuth2AuthenticationException refused) {
            return "refused:" + refused.getError().getErrorCode() + ":" + refused.getError().getDescription();
        }
    }
}
