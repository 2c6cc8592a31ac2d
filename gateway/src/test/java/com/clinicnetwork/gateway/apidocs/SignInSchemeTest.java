package com.clinicnetwork.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SignInSchemeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ApiDocsSignInProperties PROVIDER = new ApiDocsSignInProperties(
            URI.create("http://127.0.0.1:9000/oauth2/authorize"), URI.create("http://127.0.0.1:9000/oauth2/token"),
            List.of("openid", "clinic"));

    private final SignInScheme scheme = new SignInScheme(PROVIDER, JSON);

    @Test
    void everyOperationAcceptsSigningInAtTheIdentityProviderWithTheAuthorizationCodeFlow() {
        JsonNode document = JSON.readTree(scheme.addTo("""
                {"openapi":"3.0.1","info":{"title":"booking-service"},"paths":{"/api/v1/appointments":{}},"security":[{"bearer":[]}],
                 "components":{"schemas":{"Slot":{"type":"object"}}}}"""));

        JsonNode signIn = document.at("/components/securitySchemes/clinic-sign-in");
        assertThat(signIn.get("type").asString()).isEqualTo("oauth2");
        JsonNode flow = signIn.at("/flows/authorizationCode");
        assertThat(flow.get("authorizationUrl").asString()).isEqualTo("http://127.0.0.1:9000/oauth2/authorize");
        assertThat(flow.get("tokenUrl").asString()).isEqualTo("http://127.0.0.1:9000/oauth2/token");
        assertThat(flow.get("scopes").propertyNames()).containsExactly("openid", "clinic");
        // Signing in is an alternative to the service's own scheme (a pasted bearer token), not a replacement.
        assertThat(document.get("security")).hasSize(2);
        assertThat(document.at("/security/0").has("bearer")).isTrue();
        assertThat(document.at("/security/1/clinic-sign-in").valueStream().map(JsonNode::asString)).containsExactly("openid", "clinic");
        // The service's own parts are kept.
        assertThat(document.at("/components/schemas/Slot/type").asString()).isEqualTo("object");
        assertThat(document.at("/paths").has("/api/v1/appointments")).isTrue();
        assertThat(document.at("/info/title").asString()).isEqualTo("booking-service");
    }

    @Test
    void whatIsNotAJsonObjectPassesUnchanged() {
        assertThat(scheme.addTo("<html>down</html>")).isEqualTo("<html>down</html>");
        assertThat(scheme.addTo("[1,2]")).isEqualTo("[1,2]");
    }

    @Test
    void oneEndpointWithoutTheOtherOrARelativeUrlIsRefused() {
        assertThatThrownBy(() -> new ApiDocsSignInProperties(URI.create("http://idp/oauth2/authorize"), null, List.of()))
                .hasMessageContaining("both authorization-url and token-url");
        assertThatThrownBy(() -> new ApiDocsSignInProperties(URI.create("/oauth2/authorize"), URI.create("/oauth2/token"), List.of()))
                .hasMessageContaining("expected an http(s) URL");
        assertThat(new ApiDocsSignInProperties(null, null, List.of("openid")).enabled()).isFalse();
    }
}
