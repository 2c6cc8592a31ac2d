package com.clinicnetwork.systemtests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.launcher.LocalPlatform;
import com.clinicnetwork.systemtests.Gateway;
import com.clinicnetwork.systemtests.SystemUnderTest;
import com.clinicnetwork.testsupport.oauth.Browser;
import com.clinicnetwork.testsupport.oauth.OAuthFlows;
import com.clinicnetwork.testsupport.oauth.OAuthFlows.Pkce;
import com.clinicnetwork.testsupport.oauth.OAuthFlows.TokenResponse;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A mobile app, as the identity provider's public client {@code clinic-mobile}: signs its user in with the
 * authorization code flow and PKCE (S256) through the system browser, here driven over plain HTTP, with its loopback
 * redirect URI; exchanges the code without a secret, calls the platform's API through the gateway with the access
 * token, and keeps the user signed in with the refresh token.
 */
class MobileAppSignInIT {

    private static final String CLIENT = "clinic-mobile";
    private static final String SAM = "40000000-0000-4000-8000-000000000001";

    private final LocalPlatform platform = SystemUnderTest.platform();
    private final OAuthFlows flows = new OAuthFlows(platform.identityProviderUrl());

    @Test
    void aMobileAppSignsInWithPkceCallsTheGatewayAndRefreshes() {
        Pkce pkce = Pkce.create();
        String code = flows.authorizationCode(new Browser(platform.identityProviderUrl()), CLIENT, OAuthFlows.MOBILE_REDIRECT,
                "openid clinic", pkce, "sam", WebApp.DEMO_PASSWORD);
        TokenResponse tokens = flows.tokenForPublicClient(CLIENT, Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", OAuthFlows.MOBILE_REDIRECT, "code_verifier", pkce.verifier()));
        assertThat(tokens.status()).as("code exchange: %s", tokens.body()).isEqualTo(200);

        Gateway asApp = new Gateway(platform.gatewayUrl(), tokens.accessToken());
        Gateway.Response me = asApp.get("/api/v1/clients/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("id").asString()).isEqualTo(SAM);
        Gateway.Response appointments = asApp.get("/api/v1/appointments");
        assertThat(appointments.status()).as(appointments.body()).isEqualTo(200);

        TokenResponse refreshed = flows.tokenForPublicClient(CLIENT, Map.of("grant_type", "refresh_token",
                "refresh_token", tokens.refreshToken()));
        assertThat(refreshed.status()).as("refresh: %s", refreshed.body()).isEqualTo(200);
        assertThat(refreshed.accessToken()).isNotEqualTo(tokens.accessToken());
        assertThat(refreshed.refreshToken()).isNotEqualTo(tokens.refreshToken());
        Gateway.Response meAgain = new Gateway(platform.gatewayUrl(), refreshed.accessToken()).get("/api/v1/clients/me");
        assertThat(meAgain.status()).as(meAgain.body()).isEqualTo(200);

        // Refresh tokens are single use: a stolen, already used one gets nothing.
        assertThat(flows.tokenForPublicClient(CLIENT, Map.of("grant_type", "refresh_token", "refresh_token", tokens.refreshToken()))
                .status()).isEqualTo(400);
    }

    @Test
    void withoutTheVerifierTheCodeIsWorthNothing() {
        Pkce pkce = Pkce.create();
        String code = flows.authorizationCode(new Browser(platform.identityProviderUrl()), CLIENT, OAuthFlows.MOBILE_REDIRECT,
                "openid clinic", pkce, "priya", WebApp.DEMO_PASSWORD);
        TokenResponse stolen = flows.tokenForPublicClient(CLIENT, Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", OAuthFlows.MOBILE_REDIRECT, "code_verifier", Pkce.create().verifier()));
        assertThat(stolen.status()).isEqualTo(400);
        assertThat(stolen.accessToken()).isNull();
    }

    @Test
    void aPersonWhoSignedUpSignsInToTheAppAndCreatesTheirProfile() {
        String email = "app-user-" + System.nanoTime() + "@test.example";
        String password = "a long app password " + System.nanoTime();
        Browser browser = new Browser(platform.identityProviderUrl());
        HttpResponse<String> registered = browser.submit("/register", "/register", Map.of("givenName", "Ari", "familyName", "Mobile",
                "email", email, "password", password, "timeZone", "Europe/London", "locale", "en-GB"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);

        Pkce pkce = Pkce.create();
        String code = flows.authorizationCode(browser, CLIENT, OAuthFlows.MOBILE_REDIRECT, "openid clinic", pkce, email, password);
        TokenResponse tokens = flows.tokenForPublicClient(CLIENT, Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", OAuthFlows.MOBILE_REDIRECT, "code_verifier", pkce.verifier()));
        assertThat(tokens.status()).isEqualTo(200);
        Gateway asApp = new Gateway(platform.gatewayUrl(), tokens.accessToken());
        assertThat(asApp.get("/api/v1/clients/me").status()).isEqualTo(404);

        // The app asks for the details the clinic needs and creates the profile, linked to the account's subject.
        Gateway.Response created = asApp.post("/api/v1/clients", Map.of("firstName", "Ari", "lastName", "Mobile", "email", email,
                "timeZone", "Europe/London", "locale", "en-GB"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Gateway.Response me = asApp.get("/api/v1/clients/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("id").asString()).isEqualTo(created.json().get("id").asString());
        Gateway.Response appointments = asApp.get("/api/v1/appointments");
        assertThat(appointments.status()).as(appointments.body()).isEqualTo(200);
    }
}
