package com.clinicnetwork.gateway.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The same sign-in for the gateway's own document (export, audit trail, operations) as {@link SignInScheme} adds to
 * the services' documents on their way through, so the Swagger UI's Authorize button works for every document alike.
 */
@Component
class GatewayDocumentSignIn implements OpenApiCustomizer {

    private final ApiDocsSignInProperties signIn;

    GatewayDocumentSignIn(ApiDocsSignInProperties signIn) {
        this.signIn = signIn;
    }

    @Override
    public void customise(OpenAPI api) {
        if (!signIn.enabled()) {
            return;
        }
        if (api.getComponents() == null) {
            api.components(new Components());
        }
        Scopes scopes = new Scopes();
        signIn.scopes().forEach(scope -> scopes.addString(scope, scope));
        api.getComponents().addSecuritySchemes(SignInScheme.NAME, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("Sign in at the identity provider (authorization code with PKCE).")
                .flows(new OAuthFlows().authorizationCode(new OAuthFlow()
                        .authorizationUrl(signIn.authorizationUrl().toString())
                        .tokenUrl(signIn.tokenUrl().toString())
                        .scopes(scopes))));
        List<SecurityRequirement> security = api.getSecurity() != null ? new ArrayList<>(api.getSecurity()) : new ArrayList<>();
        security.add(new SecurityRequirement().addList(SignInScheme.NAME, signIn.scopes()));
        api.security(security);
    }
}
