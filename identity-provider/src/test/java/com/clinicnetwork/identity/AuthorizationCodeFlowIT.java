package com.clinicnetwork.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.oauth.Browser;
import com.clinicnetwork.testsupport.oauth.OAuthFlows;
import com.clinicnetwork.testsupport.oauth.OAuthFlows.Pkce;
import com.clinicnetwork.testsupport.oauth.OAuthFlows.TokenResponse;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The authorization code flow with PKCE, driven over plain HTTP as a browser and an app would. */
class AuthorizationCodeFlowIT extends RunningIdentityProvider {

    @Test
    void webAppSignsSamInAndHisTokensCarryHisClientRecord() throws Exception {
        Pkce pkce = Pkce.create();
        String code = flows.authorizationCode(browser(), "clinic-web", OAuthFlows.WEB_REDIRECT, "openid profile clinic", pkce,
                "sam", "demo");

        TokenResponse tokens = tokenForWebApp(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", OAuthFlows.WEB_REDIRECT, "code_verifier", pkce.verifier()));

        assertThat(tokens.status()).isEqualTo(200);
        JWTClaimsSet access = flows.verifyAccessToken(tokens.accessToken());
        assertThat(access.getSubject()).isEqualTo("demo-client-sam");
        assertThat(access.getAudience()).containsExactly("clinic-platform");
        assertThat(access.getStringListClaim("roles")).containsExactly("CLIENT");
        assertThat(access.getStringClaim("client_id")).isEqualTo("40000000-0000-4000-8000-000000000001");
        assertThat(access.getClaims()).doesNotContainKeys("therapist_id", "location_ids", "email", "name");
        assertThat(access.getExpirationTime().getTime() - access.getIssueTime().getTime()).isEqualTo(15 * 60 * 1000L);
        assertThat(SignedJWT.parse(tokens.accessToken()).getHeader().getKeyID()).isNotBlank();

        JWTClaimsSet id = flows.verify(tokens.idToken(), "clinic-web");
        assertThat(id.getSubject()).isEqualTo("demo-client-sam");
        assertThat(id.getStringClaim("name")).isEqualTo("Sam Carter");
        assertThat(id.getStringClaim("email")).isEqualTo("sam.carter@example.com");
        assertThat(id.getClaims()).doesNotContainKeys("roles", "client_id");
    }

    @Test
    void aRefreshTokenRenewsAccessAndIsReplacedByANewOne() {
        Pkce pkce = Pkce.create();
        String code = flows.authorizationCode(browser(), "clinic-web", OAuthFlows.WEB_REDIRECT, "openid profile clinic", pkce,
                "sam", "demo");
        TokenResponse first = tokenForWebApp(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", OAuthFlows.WEB_REDIRECT, "code_verifier", pkce.verifier()));
        assertThat(first.refreshToken()).isNotBlank();

        TokenResponse refreshed = tokenForWebApp(Map.of("grant_type", "refresh_token", "refresh_token", first.refreshToken()));

        assertThat(refreshed.status()).isEqualTo(200);
        JWTClaimsSet access = flows.verifyAccessToken(refreshed.accessToken());
        assertThat(access.getSubject()).isEqualTo("demo-client-sam");
        assertThat(access.getClaim("client_id")).isEqualTo("40000000-0000-4000-8000-000000000001");
        assertThat(refreshed.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(refreshed.refreshToken()).isNotBlank().isNotEqualTo(first.refreshToken());

        TokenResponse reused = tokenForWebApp(Map.of("grant_type", "refresh_token", "refresh_token", first.refreshToken()));
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.body()).containsEntry("error", "invalid_grant");
    }

    @Test
    void mobileAppSignsMayaInWithPkceAloneAndHerTokenCarriesHerTherapistAndLocation() throws Exception {
        Pkce pkce = Pkce.create();
        String code = flows.authorizationCode(browser(), "clinic-mobile", OAuthFlows.MOBILE_REDIRECT, "openid clinic", pkce,
                "maya", "demo");

        TokenResponse tokens = flows.tokenForPublicClient("clinic-mobile", Map.of("grant_type", "authorization_code",
                "code", code, "redirect_uri", OAuthFlows.MOBILE_REDIRECT, "code_verifier", pkce.verifier()));

        assertThat(tokens.status()).isEqualTo(200);
        JWTClaimsSet access = flows.verifyAccessToken(tokens.accessToken());
        assertThat(access.getSubject()).isEqualTo("demo-therapist-maya");
        assertThat(access.getStringListClaim("roles")).containsExactly("THERAPIST");
        assertThat(access.getStringClaim("therapist_id")).isEqualTo("20000000-0000-4000-8000-000000000001");
        assertThat(access.getStringListClaim("location_ids")).containsExactly("10000000-0000-4000-8000-000000000001");
        assertThat(access.getClaims()).doesNotContainKey("client_id");
        // Without the profile scope the ID token names nobody.
        assertThat(flows.verify(tokens.idToken(), "clinic-mobile").getClaims()).doesNotContainKeys("name", "email");
    }

    @Test
    void theMobileAppStaysSignedInWithSingleUseRefreshTokensAndNoSecret() throws Exception {
        Pkce pkce = Pkce.create();
        String code = flows.authorizationCode(browser(), "clinic-mobile", OAuthFlows.MOBILE_REDIRECT, "openid clinic", pkce,
                "maya", "demo");
        TokenResponse first = flows.tokenForPublicClient("clinic-mobile", Map.of("grant_type", "authorization_code",
                "code", code, "redirect_uri", OAuthFlows.MOBILE_REDIRECT, "code_verifier", pkce.verifier()));
        assertThat(first.refreshToken()).isNotBlank();

        TokenResponse refreshed = flows.tokenForPublicClient("clinic-mobile",
                Map.of("grant_type", "refresh_token", "refresh_token", first.refreshToken()));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(flows.verifyAccessToken(refreshed.accessToken()).getStringClaim("therapist_id"))
                .isEqualTo("20000000-0000-4000-8000-000000000001");
        assertThat(refreshed.refreshToken()).isNotBlank().isNotEqualTo(first.refreshToken());
        assertThat(flows.tokenForPublicClient("clinic-mobile",
                Map.of("grant_type", "refresh_token", "refresh_token", first.refreshToken())).body())
                .containsEntry("error", "invalid_grant");
        // Naming another client, confidential or public without the refresh grant, gets nothing.
        for (String otherClient : new String[] {"clinic-web", "swagger-ui"}) {
            TokenResponse refused = flows.tokenForPublicClient(otherClient,
                    Map.of("grant_type", "refresh_token", "refresh_token", refreshed.refreshToken()));
            assertThat(refused.status()).isIn(400, 401);
            assertThat(refused.body()).doesNotContainKey("access_token");
        }
        assertThat(flows.tokenForPublicClient("clinic-mobile",
                Map.of("grant_type", "refresh_token", "refresh_token", refreshed.refreshToken())).status()).isEqualTo(200);
    }

    @Test
    void aPublicClientsCodeIsNotExchangedWithoutItsVerifier() {
        Pkce pkce = Pkce.create();
        String code = flows.authorizationCode(browser(), "clinic-mobile", OAuthFlows.MOBILE_REDIRECT, "openid clinic", pkce,
                "jonas", "demo");

        TokenResponse tokens = flows.tokenForPublicClient("clinic-mobile", Map.of("grant_type", "authorization_code",
                "code", code, "redirect_uri", OAuthFlows.MOBILE_REDIRECT));

        assertThat(tokens.status()).isIn(400, 401);
        assertThat(tokens.body()).doesNotContainKey("access_token");
    }

    @Test
    void aCodeIsExchangedOnlyWithTheVerifierOfItsChallenge() {
        Pkce pkce = Pkce.create();
        String code = flows.authorizationCode(browser(), "clinic-mobile", OAuthFlows.MOBILE_REDIRECT, "openid clinic", pkce,
                "priya", "demo");

        TokenResponse tokens = flows.tokenForPublicClient("clinic-mobile", Map.of("grant_type", "authorization_code",
                "code", code, "redirect_uri", OAuthFlows.MOBILE_REDIRECT, "code_verifier", Pkce.create().verifier()));

        assertThat(tokens.status()).isEqualTo(400);
        assertThat(tokens.body()).containsEntry("error", "invalid_grant").doesNotContainKey("access_token");
    }

    @Test
    void aPublicClientWithoutPkceGetsNoCode() {
        Browser browser = browser();
        browser.signIn("priya", "demo");

        HttpResponse<String> response = browser.get(flows.authorizeUrl("clinic-mobile", OAuthFlows.MOBILE_REDIRECT,
                "openid clinic", null));

        assertThat(response.statusCode()).isEqualTo(302);
        Map<String, String> parameters = OAuthFlows.redirectParameters(response, OAuthFlows.MOBILE_REDIRECT);
        assertThat(parameters).containsEntry("error", "invalid_request").doesNotContainKey("code");
    }

    @Test
    void theWebAppMustUsePkceToo() {
        Browser browser = browser();
        browser.signIn("sam", "demo");

        HttpResponse<String> response = browser.get(flows.authorizeUrl("clinic-web", OAuthFlows.WEB_REDIRECT,
                "openid profile clinic", null));

        assertThat(OAuthFlows.redirectParameters(response, OAuthFlows.WEB_REDIRECT))
                .containsEntry("error", "invalid_request").doesNotContainKey("code");
    }

    @Test
    void aWrongPasswordIsSentBackToTheSignInPage() {
        Browser browser = browser();
        browser.get(flows.authorizeUrl("clinic-web", OAuthFlows.WEB_REDIRECT, "openid clinic", Pkce.create()));

        String next = browser.signIn("sam", "not-the-password");

        assertThat(next).endsWith("/login?error");
        HttpResponse<String> page = browser.get(next);
        assertThat(page.body()).contains("The email or password is not right");
    }

    @Test
    void anUnregisteredRedirectUriGetsNoRedirect() {
        Browser browser = browser();
        browser.signIn("sam", "demo");

        HttpResponse<String> response = browser.get(flows.authorizeUrl("clinic-web", "https://attacker.example/callback",
                "openid clinic", Pkce.create()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void scopesAreLimitedToTheClients() {
        Browser browser = browser();
        browser.signIn("sam", "demo");

        HttpResponse<String> response = browser.get(flows.authorizeUrl("swagger-ui",
                "http://127.0.0.1:8080/swagger-ui/oauth2-redirect.html", "openid profile", Pkce.create()));

        assertThat(OAuthFlows.redirectParameters(response, "http://127.0.0.1:8080/swagger-ui/oauth2-redirect.html"))
                .containsEntry("error", "invalid_scope");
    }
}
