package com.clinicnetwork.gateway.apidocs;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds the identity provider's sign-in to an OpenAPI document: an OAuth2 authorization code security scheme
 * with its endpoints, as one of the ways every operation accepts, which is what makes the Swagger UI offer an
 * Authorize button that signs in there.
 */
final class SignInScheme {

    static final String NAME = "clinic-sign-in";

    private final ApiDocsSignInProperties signIn;
    private final JsonMapper json;

    SignInScheme(ApiDocsSignInProperties signIn, JsonMapper json) {
        this.signIn = signIn;
        this.json = json;
    }

    /** The document with the scheme; anything that is not a JSON object is passed on as it came. */
    String addTo(String document) {
        JsonNode parsed;
        try {
            parsed = json.readTree(document);
        } catch (JacksonException notJson) {
            return document;
        }
        if (!(parsed instanceof ObjectNode root)) {
            return document;
        }
        ObjectNode scheme = root.withObjectProperty("components").withObjectProperty("securitySchemes").putObject(NAME);
        scheme.put("type", "oauth2");
        scheme.put("description", "Sign in at the identity provider (authorization code with PKCE).");
        ObjectNode flow = scheme.putObject("flows").putObject("authorizationCode");
        flow.put("authorizationUrl", signIn.authorizationUrl().toString());
        flow.put("tokenUrl", signIn.tokenUrl().toString());
        ObjectNode scopes = flow.putObject("scopes");
        signIn.scopes().forEach(scope -> scopes.put(scope, scope));
        // Another way in, beside the service's own (a bearer token pasted in): either requirement will do.
        ArrayNode security = root.get("security") instanceof ArrayNode existing ? existing : root.putArray("security");
        ObjectNode requirement = security.addObject();
        signIn.scopes().forEach(requirement.putArray(NAME)::add);
        return json.writeValueAsString(root);
    }
}
