package com.clinicnetwork.web.gateway;

import com.clinicnetwork.web.WebAppProperties;
import java.net.http.HttpClient;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The base of every typed client of the gateway's public API (one small client per area, e.g.
 * {@code client.booking.BookingApi}): the gateway's address, timeouts, the signed-in person's access token
 * (refreshed when it has expired), the browser's address and language, and problem responses turned into
 * {@link ApiProblemException}. The app calls nothing else, exactly as a third-party front end would.
 */
@Component
public class GatewayApi {

    /** The registration id of the identity provider in {@code spring.security.oauth2.client.registration}. */
    public static final String REGISTRATION_ID = "clinic";

    private final RestClient signedIn;
    private final RestClient anonymous;

    public GatewayApi(RestClient.Builder builder, WebAppProperties properties, OAuth2AuthorizedClientManager authorizedClients,
            JsonMapper json) {
        HttpClient httpClient = HttpClient.newBuilder()
                .connectTimeout(properties.gatewayTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(properties.gatewayTimeout());
        RestClient.Builder base = builder.clone()
                .baseUrl(properties.gatewayUrl().toString())
                .requestFactory(requestFactory)
                .requestInterceptor(new BrowserContextInterceptor());
        OAuth2ClientHttpRequestInterceptor bearerToken = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        bearerToken.setClientRegistrationIdResolver(request -> REGISTRATION_ID);
        this.signedIn = base.clone()
                .requestInterceptor(bearerToken)
                .defaultStatusHandler(HttpStatusCode::isError, new ProblemResponses(json, true))
                .build();
        this.anonymous = base.clone()
                .defaultStatusHandler(HttpStatusCode::isError, new ProblemResponses(json, false))
                .build();
    }

    /** Calls as the signed-in person, with their access token. */
    public RestClient signedIn() {
        return signedIn;
    }

    /** Calls without a token, for the few API paths that need none (e.g. an aftercare check-in link). */
    public RestClient anonymous() {
        return anonymous;
    }
}
