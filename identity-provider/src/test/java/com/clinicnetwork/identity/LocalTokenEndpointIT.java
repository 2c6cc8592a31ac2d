package com.clinicnetwork.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import com.clinicnetwork.testsupport.oauth.Browser;
import com.clinicnetwork.testsupport.oauth.OAuthFlows;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With the local token endpoint switched on (as the local launcher does), curl gets demo users' tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "clinic.demo-data.enabled=true",
        "clinic.idp.local-token-endpoint.enabled=true",
        "CLINIC_WEB_CLIENT_SECRET=" + RunningIdentityProvider.WEB_SECRET})
@UsesRealInfrastructure
class LocalTokenEndpointIT {

    static final int PORT = RunningIdentityProvider.freePort();
    static final String ISSUER = "http://127.0.0.1:" + PORT;

    private final OAuthFlows flows = new OAuthFlows(ISSUER);
    private final Browser curl = new Browser(ISSUER);

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("clinic.idp.issuer", () -> ISSUER);
        // The same key file as the other tests' instance: tokens of either verify against the other's JWK set.
        registry.add("clinic.idp.signing-key-file", RunningIdentityProvider.SIGNING_KEY_FILE::toString);
    }

    @Test
    void aDemoUsersTokenIsSignedAndShapedLikeOneFromTheAuthorizationCodeFlow() throws Exception {
        HttpResponse<String> response = curl.fetch("/local/tokens/maya");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        String token = JSONObjectUtils.getString(JSONObjectUtils.parse(response.body()), "access_token");
        JWTClaimsSet claims = flows.verifyAccessToken(token);
        assertThat(claims.getSubject()).isEqualTo("demo-therapist-maya");
        assertThat(claims.getAudience()).containsExactly("clinic-platform");
        assertThat(claims.getStringListClaim("roles")).containsExactly("THERAPIST");
        assertThat(claims.getStringClaim("therapist_id")).isEqualTo("20000000-0000-4000-8000-000000000001");
        assertThat(claims.getStringListClaim("location_ids")).containsExactly("10000000-0000-4000-8000-000000000001");
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(15 * 60 * 1000L);
    }

    @Test
    void samsTokenCarriesHisClientRecord() throws Exception {
        String token = JSONObjectUtils.getString(JSONObjectUtils.parse(curl.fetch("/local/tokens/sam").body()), "access_token");

        JWTClaimsSet claims = flows.verifyAccessToken(token);

        assertThat(claims.getStringListClaim("roles")).containsExactly("CLIENT");
        assertThat(claims.getStringClaim("client_id")).isEqualTo("40000000-0000-4000-8000-000000000001");
    }

    @Test
    void onlyDemoUsersGetTokensHere() {
        HttpResponse<String> response = curl.fetch("/local/tokens/someone-else");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("access_token");
    }
}
