package com.clinicnetwork.identity.authorization;

import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/** Turns the configured clients into the authorization server's registrations. */
final class RegisteredClients {

    private RegisteredClients() {
    }

    static List<RegisteredClient> from(AuthorizationServerProperties properties, PasswordEncoder passwordEncoder) {
        TokenSettings tokens = TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(properties.accessTokenLifetime())
                .refreshTokenTimeToLive(properties.refreshTokenLifetime())
                // Each refresh hands out a new refresh token and retires the old one.
                .reuseRefreshTokens(false)
                .idTokenSignatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        // These are the platform's own applications: the person signing in is asked nothing beyond their password.
        ClientSettings settings = ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build();
        return properties.clients().stream().map(client -> RegisteredClient
                        // The client id doubles as the registration id, which stored authorizations refer to across restarts.
                        .withId(client.clientId())
                        .clientId(client.clientId())
                        .clientSecret(client.publicClient() ? null : passwordEncoder.encode(client.clientSecret()))
                        .clientAuthenticationMethod(client.publicClient()
                                ? ClientAuthenticationMethod.NONE : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantTypes(grants -> client.grantTypes()
                                .forEach(grant -> grants.add(new AuthorizationGrantType(grant))))
                        .redirectUris(uris -> uris.addAll(client.redirectUris()))
                        .postLogoutRedirectUris(uris -> uris.addAll(client.postLogoutRedirectUris()))
                        .scopes(scopes -> scopes.addAll(client.scopes()))
                        .clientSettings(settings)
                        .tokenSettings(tokens)
                        .build())
                .toList();
    }
}
