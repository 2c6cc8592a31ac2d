package com.clinicnetwork.identity.authorization;

import com.clinicnetwork.identity.MissingSettingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the identity provider issues and to whom.
 *
 * @param issuer               the {@code iss} of every token and the base of the discovery document
 *                             ({@code CLINIC_IDP_ISSUER}); no default, as the services' trusted issuer has none
 * @param signingKeyFile       the RSA signing key as a JWK file ({@code CLINIC_IDP_SIGNING_KEY_FILE}), created when absent
 * @param audience             the {@code aud} of access tokens, which the gateway and the services require
 * @param accessTokenLifetime  how long an access token is accepted
 * @param refreshTokenLifetime how long a refresh token can renew access (a working day, so staff sign in once)
 * @param clients              the applications allowed to ask for tokens
 */
@ConfigurationProperties("clinic.idp")
public record AuthorizationServerProperties(
        String issuer,
        Path signingKeyFile,
        @DefaultValue("clinic-platform") String audience,
        @DefaultValue("15m") Duration accessTokenLifetime,
        @DefaultValue("8h") Duration refreshTokenLifetime,
        @DefaultValue List<ClientProperties> clients) {

    public AuthorizationServerProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new MissingSettingException("The identity provider's issuer is not set; refusing to start without one",
                    "Set CLINIC_IDP_ISSUER to the URL the identity provider is reached at (the iss of its tokens, "
                            + "e.g. http://127.0.0.1:9000), the same value the services get as JWT_ISSUER_URI.");
        }
        issuer = issuer.strip();
        if (!isHttpUrl(issuer)) {
            throw new MissingSettingException("CLINIC_IDP_ISSUER is not an http(s) URL without query or fragment: " + issuer,
                    "Set CLINIC_IDP_ISSUER to the URL the identity provider is reached at, e.g. http://127.0.0.1:9000.");
        }
        if (signingKeyFile == null || signingKeyFile.toString().isBlank()) {
            throw new MissingSettingException("The identity provider's signing key file is not set",
                    "Set CLINIC_IDP_SIGNING_KEY_FILE to the path of the RSA signing key (a JWK file); it is created there "
                            + "when absent.");
        }
        clients = List.copyOf(clients);
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
