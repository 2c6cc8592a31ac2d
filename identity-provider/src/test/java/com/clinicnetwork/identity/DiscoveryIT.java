package com.clinicnetwork.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What clients and services learn about the provider before any token: discovery and the signing keys. */
class DiscoveryIT extends RunningIdentityProvider {

    @Test
    void theDiscoveryDocumentNamesTheConfiguredIssuerAndItsEndpoints() throws Exception {
        HttpResponse<String> response = browser().fetch("/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> document = JSONObjectUtils.parse(response.body());
        assertThat(document).containsEntry("issuer", ISSUER)
                .containsEntry("authorization_endpoint", ISSUER + "/oauth2/authorize")
                .containsEntry("token_endpoint", ISSUER + "/oauth2/token")
                .containsEntry("jwks_uri", ISSUER + "/oauth2/jwks");
        assertThat(JSONObjectUtils.getStringList(document, "code_challenge_methods_supported")).contains("S256");
        assertThat(JSONObjectUtils.getStringList(document, "id_token_signing_alg_values_supported")).contains("RS256");
    }

    @Test
    void theJwkSetPublishesThePublicPartOfTheKeyInTheSigningKeyFile() throws Exception {
        RSAKey fileKey = RSAKey.parse(Files.readString(SIGNING_KEY_FILE));

        JWKSet published = JWKSet.parse(browser().fetch("/oauth2/jwks").body());

        assertThat(published.getKeys()).hasSize(1);
        RSAKey key = published.getKeys().get(0).toRSAKey();
        assertThat(key.getKeyID()).isEqualTo(fileKey.getKeyID());
        assertThat(key.getModulus()).isEqualTo(fileKey.getModulus());
        assertThat(key.isPrivate()).isFalse();
    }

    @Test
    void theLocalTokenEndpointIsAbsentUnlessSwitchedOn() {
        HttpResponse<String> response = browser().fetch("/local/tokens/sam");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void healthIsOpenForProbes() {
        assertThat(browser().fetch("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }
}
