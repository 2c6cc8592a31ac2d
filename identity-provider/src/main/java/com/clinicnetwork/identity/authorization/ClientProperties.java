package com.clinicnetwork.identity.authorization;

import com.clinicnetwork.identity.MissingSettingException;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One application allowed to ask for tokens. Every client uses the authorization code flow with PKCE.
 *
 * @param clientId         the {@code client_id} it sends
 * @param clientSecret     its secret in plain text (from the environment); blank for a public client
 * @param publicClient     true for an app that cannot keep a secret (mobile app, browser page): it authenticates
 *                         with PKCE alone
 * @param redirectUris     where the authorization code may be sent, compared exactly
 * @param postLogoutRedirectUris where the browser may be sent after signing out
 * @param scopes           the scopes it may ask for; {@code profile} adds the user's name and email to ID tokens
 * @param grantTypes       {@code authorization_code}, plus {@code refresh_token} to stay signed in
 */
public record ClientProperties(
        String clientId,
        String clientSecret,
        boolean publicClient,
        List<String> redirectUris,
        @DefaultValue List<String> postLogoutRedirectUris,
        @DefaultValue({"openid", "clinic"}) Set<String> scopes,
        @DefaultValue({"authorization_code", "refresh_token"}) Set<String> grantTypes) {

    private static final Set<String> SUPPORTED_GRANT_TYPES = Set.of("authorization_code", "refresh_token");

    public ClientProperties {
        if (clientId == null || clientId.isBlank()) {
            throw new MissingSettingException("A registered client has no client-id", "Give every entry of clinic.idp.clients a client-id.");
        }
        if (redirectUris == null || redirectUris.isEmpty()) {
            throw new MissingSettingException("Client " + clientId + " has no redirect URI",
                    "List the redirect URIs of client " + clientId + " under clinic.idp.clients[].redirect-uris.");
        }
        boolean hasSecret = clientSecret != null && !clientSecret.isBlank();
        if (!publicClient && !hasSecret) {
            throw new MissingSettingException("Client " + clientId + " is confidential but has no secret",
                    "Set the secret of client " + clientId + " (for clinic-web: CLINIC_WEB_CLIENT_SECRET), or mark it public-client.");
        }
        if (publicClient && hasSecret) {
            throw new MissingSettingException("Client " + clientId + " is public but has a secret",
                    "A public client cannot keep a secret: remove the secret of client " + clientId + ".");
        }
        if (!SUPPORTED_GRANT_TYPES.containsAll(grantTypes) || !grantTypes.contains("authorization_code")) {
            throw new MissingSettingException("Client " + clientId + " has grant types " + grantTypes,
                    "Give client " + clientId + " the grant types authorization_code and, optionally, refresh_token.");
        }
        redirectUris = List.copyOf(redirectUris);
        postLogoutRedirectUris = List.copyOf(postLogoutRedirectUris);
        scopes = Set.copyOf(scopes);
        grantTypes = Set.copyOf(grantTypes);
    }
}
