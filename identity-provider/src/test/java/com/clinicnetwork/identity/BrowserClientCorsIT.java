package com.clinicnetwork.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The gateway's Swagger UI is a public client running in the browser at the gateway's origin: after signing in
 * it exchanges the code at the token endpoint from its own page, which the browser allows only with CORS.
 */
class BrowserClientCorsIT extends RunningIdentityProvider {

    private static final String SWAGGER_UI_ORIGIN = "http://127.0.0.1:8080";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theSwaggerUisOriginMayExchangeACodeAtTheTokenEndpoint() throws Exception {
        HttpResponse<String> preflight = preflight("/oauth2/token", SWAGGER_UI_ORIGIN);

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SWAGGER_UI_ORIGIN);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains("POST"));

        // The answer itself is readable by the page, an error included (here: a code that was never issued).
        HttpResponse<String> exchange = HTTP.send(HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
                .header("Origin", SWAGGER_UI_ORIGIN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=swagger-ui&code=never-issued"
                        + "&redirect_uri=" + SWAGGER_UI_ORIGIN + "/swagger-ui/oauth2-redirect.html&code_verifier=" + "v".repeat(43)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(exchange.statusCode()).isEqualTo(400);
        assertThat(exchange.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SWAGGER_UI_ORIGIN);
    }

    @Test
    void noOtherOriginAndNoOtherEndpointIsOpenToCrossOriginCalls() throws Exception {
        HttpResponse<String> stranger = preflight("/oauth2/token", "https://elsewhere.example");
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        // The web app is a confidential client on the server: its origin is not a browser client's.
        assertThat(preflight("/oauth2/token", "http://127.0.0.1:8070").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight("/userinfo", SWAGGER_UI_ORIGIN).headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight("/login", SWAGGER_UI_ORIGIN).headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private static HttpResponse<String> preflight(String path, String origin) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ISSUER + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
