package com.clinicnetwork.gateway.apidocs;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.rewrite.ModifyResponseBodyGatewayFilterFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Route filter {@code ApiDocsSignIn} for the proxied OpenAPI documents: adds the identity provider's sign-in
 * ({@link SignInScheme}) so the Swagger UI signs in there and sends the token with "Try it out". The services'
 * own documents stay free of any deployment's sign-in URLs. Without {@code clinic.gateway.api-docs.sign-in}
 * the documents pass unchanged.
 */
@Component
public class ApiDocsSignInGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    private final ModifyResponseBodyGatewayFilterFactory modifyResponseBody;
    private final ApiDocsSignInProperties signIn;
    private final SignInScheme scheme;

    public ApiDocsSignInGatewayFilterFactory(ModifyResponseBodyGatewayFilterFactory modifyResponseBody,
            ApiDocsSignInProperties signIn, JsonMapper json) {
        this.modifyResponseBody = modifyResponseBody;
        this.signIn = signIn;
        this.scheme = new SignInScheme(signIn, json);
    }

    @Override
    public GatewayFilter apply(Object config) {
        if (!signIn.enabled()) {
            return (exchange, chain) -> chain.filter(exchange);
        }
        return modifyResponseBody.apply(new ModifyResponseBodyGatewayFilterFactory.Config()
                .setRewriteFunction(String.class, String.class, (exchange, body) -> {
                    HttpStatusCode status = exchange.getResponse().getStatusCode();
                    // A service's error answer (a problem) is passed on untouched.
                    boolean document = body != null && status != null && status.is2xxSuccessful();
                    return Mono.justOrEmpty(document ? scheme.addTo(body) : body);
                }));
    }
}
