package com.clinicnetwork.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.security.oauth2.client.registration.ClientRegistration;

/** How the app registers a provider it reaches at another address than browsers do (docker compose's Keycloak). */
class BackChannelDiscoveryTest {

    private static final String ISSUER = "http://localhost:8180/realms/clinic";
    private static final String BACK_CHANNEL = "http://keycloak:8080/realms/clinic/protocol/openid-connect";

    @Test
    void browsersAreSentToTheBrowserFacingEndpointsWhileTheAppCallsTheBackChannel() {
        ClientRegistration registration = BackChannelDiscovery.registration(client(), ISSUER, keycloakDocument(ISSUER));

        assertThat(registration.getProviderDetails().getAuthorizationUri()).isEqualTo(ISSUER + "/protocol/openid-connect/auth");
        assertThat(registration.getProviderDetails().getTokenUri()).isEqualTo(BACK_CHANNEL + "/token");
        assertThat(registration.getProviderDetails().getJwkSetUri()).isEqualTo(BACK_CHANNEL + "/certs");
        assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo(ISSUER);
        assertThat(registration.getProviderDetails().getConfigurationMetadata())
                .containsEntry("end_session_endpoint", ISSUER + "/protocol/openid-connect/logout")
                .containsEntry("revocation_endpoint", BACK_CHANNEL + "/revoke");
        assertThat(registration.getClientId()).isEqualTo("clinic-web");
        assertThat(registration.getScopes()).containsExactlyInAnyOrder("openid", "profile", "clinic");
    }

    @Test
    void aDocumentOfAnotherIssuerStopsStartUp() {
        assertThatThrownBy(() -> BackChannelDiscovery.registration(client(), ISSUER,
                keycloakDocument("http://attacker.example/realms/clinic")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CLINIC_IDP_ISSUER");
    }

    @Test
    void aDocumentWithoutATokenEndpointStopsStartUp() {
        Map<String, Object> document = new HashMap<>(keycloakDocument(ISSUER));
        document.remove("token_endpoint");

        assertThatThrownBy(() -> BackChannelDiscovery.registration(client(), ISSUER, document))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("token_endpoint");
    }

    private static OAuth2ClientProperties.Registration client() {
        OAuth2ClientProperties.Registration client = new OAuth2ClientProperties.Registration();
        client.setProvider("clinic");
        client.setClientId("clinic-web");
        client.setClientSecret("secret");
        client.setClientAuthenticationMethod("client_secret_basic");
        client.setAuthorizationGrantType("authorization_code");
        client.setRedirectUri("{baseUrl}/login/oauth2/code/{registrationId}");
        client.setScope(Set.of("openid", "profile", "clinic"));
        return client;
    }

    private static Map<String, Object> keycloakDocument(String issuer) {
        return Map.of(
                "issuer", issuer,
                "authorization_endpoint", ISSUER + "/protocol/openid-connect/auth",
                "end_session_endpoint", ISSUER + "/protocol/openid-connect/logout",
                "token_endpoint", BACK_CHANNEL + "/token",
                "jwks_uri", BACK_CHANNEL + "/certs",
                "userinfo_endpoint", BACK_CHANNEL + "/userinfo",
                "revocation_endpoint", BACK_CHANNEL + "/revoke");
    }
}
