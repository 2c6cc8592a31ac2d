package com.clinicnetwork.testsupport.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The client side of the identity provider's flows, as an app drives them: PKCE, authorization requests, the token
 * endpoint, and verifying tokens as a service would.
 */
public final class OAuthFlows {

    /** The web app's redirect URI in the provider's default client list. */
    public static final String WEB_REDIRECT = "http://127.0.0.1:8070/login/oauth2/code/clinic";
    /** The mobile app's loopback redirect URI in the provider's default client list (RFC 8252). */
    public static final String MOBILE_REDIRECT = "http://127.0.0.1:8071/callback";
    public static final String AUDIENCE = "clinic-platform";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String issuer;

    /** @param issuer the provider's issuer, which is also the base URL of its endpoints */
    public OAuthFlows(String issuer) {
        this.issuer = issuer;
    }

    public record Pkce(String verifier, String challenge) {
        public static Pkce create() {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(hash));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public String authorizeUrl(String clientId, String redirectUri, String scope, Pkce pkce) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri);
        query.put("scope", scope);
        query.put("state", "state-1234");
        if (pkce != null) {
            query.put("code_challenge", pkce.challenge());
            query.put("code_challenge_method", "S256");
        }
        return issuer + "/oauth2/authorize?" + Browser.form(query).replace("+", "%20");
    }

    /** Asks for a code as an app would: the browser is sent to sign in, then back to the authorization, then to the app. */
    public String authorizationCode(Browser browser, String clientId, String redirectUri, String scope, Pkce pkce,
            String username, String password) {
        String authorize = authorizeUrl(clientId, redirectUri, scope, pkce);
        HttpResponse<String> first = browser.get(authorize);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        String resumed = browser.signIn(username, password);
        assertThat(resumed).contains("/oauth2/authorize");
        HttpResponse<String> toApp = browser.get(resumed);
        assertThat(toApp.statusCode()).isEqualTo(302);
        Map<String, String> parameters = redirectParameters(toApp, redirectUri);
        assertThat(parameters).containsEntry("state", "state-1234").containsKey("code");
        return parameters.get("code");
    }

    public static Map<String, String> redirectParameters(HttpResponse<String> response, String redirectUri) {
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirectUri);
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = URI.create(location).getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                parameters.putIfAbsent(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                        nameAndValue.length > 1 ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "");
            }
        }
        return parameters;
    }

    /** A token request as a confidential client (the web app) sends it: HTTP Basic client authentication. */
    public TokenResponse tokenForConfidentialClient(String clientId, String secret, Map<String, String> form) {
        String credentials = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return token(form, "Basic " + credentials);
    }

    /** A token request as a public client sends it: its client_id in the form, no secret. */
    public TokenResponse tokenForPublicClient(String clientId, Map<String, String> form) {
        Map<String, String> withClient = new LinkedHashMap<>(form);
        withClient.put("client_id", clientId);
        return token(withClient, null);
    }

    public record TokenResponse(int status, Map<String, Object> body) {
        public String accessToken() {
            return (String) body.get("access_token");
        }

        public String refreshToken() {
            return (String) body.get("refresh_token");
        }

        public String idToken() {
            return (String) body.get("id_token");
        }
    }

    private TokenResponse token(Map<String, String> form, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(Browser.form(form)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            // A request without any client authentication is answered 401 with no body.
            return new TokenResponse(response.statusCode(),
                    response.body().isBlank() ? Map.of() : JSONObjectUtils.parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new AssertionError("Token endpoint answered no JSON", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Verifies a token as the gateway and the services do: RS256 with a key from the published JWK set, the
     * configured issuer, the platform's audience, not expired.
     */
    public JWTClaimsSet verifyAccessToken(String token) {
        return verify(token, AUDIENCE);
    }

    public JWTClaimsSet verify(String token, String audience) {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(new URL(issuer + "/oauth2/jwks")).retrying(false).build();
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
                    new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "iat", "exp", "jti")));
            return processor.process(token, null);
        } catch (Exception e) {
            throw new AssertionError("Token does not verify: " + e.getMessage(), e);
        }
    }
}
