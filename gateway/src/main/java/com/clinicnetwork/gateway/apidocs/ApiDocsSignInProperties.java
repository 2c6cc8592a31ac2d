package com.clinicnetwork.gateway.apidocs;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the Swagger UI's Authorize button signs people in: the identity provider's authorization and token
 * endpoints (for the platform's provider {@code <CLINIC_IDP_ISSUER>/oauth2/authorize} and {@code /oauth2/token}),
 * used with the authorization code flow and PKCE. Both unset: the API docs offer no sign-in.
 *
 * @param scopes what the UI asks for; the identity provider grants its {@code swagger-ui} client these
 */
@ConfigurationProperties("clinic.gateway.api-docs.sign-in")
public record ApiDocsSignInProperties(URI authorizationUrl, URI tokenUrl, @DefaultValue({"openid", "clinic"}) List<String> scopes) {

    public ApiDocsSignInProperties {
        if ((authorizationUrl == null) != (tokenUrl == null)) {
            throw new IllegalArgumentException("clinic.gateway.api-docs.sign-in: set both authorization-url and token-url, or neither");
        }
        requireAbsolute("authorization-url", authorizationUrl);
        requireAbsolute("token-url", tokenUrl);
        scopes = List.copyOf(scopes);
    }

    boolean enabled() {
        return authorizationUrl != null;
    }

    private static void requireAbsolute(String name, URI url) {
        if (url != null && !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new IllegalArgumentException("clinic.gateway.api-docs.sign-in." + name + ": expected an http(s) URL, got " + url);
        }
    }
}
