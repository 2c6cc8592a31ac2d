package com.clinicnetwork.web.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an error answer of the API as an RFC 9457 problem. A 401 to a signed-in call means the session's token
 * is no longer accepted: the person is sent through sign-in again (Spring Security's
 * {@code OAuth2AuthorizationRequestRedirectFilter} handles {@link ClientAuthorizationRequiredException}), which is
 * silent while their session at the identity provider lasts.
 */
class ProblemResponses implements RestClient.ResponseSpec.ErrorHandler {

    private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "detail", "instance", "errors");

    private final JsonMapper json;
    private final boolean signedIn;

    ProblemResponses(JsonMapper json, boolean signedIn) {
        this.json = json;
        this.signedIn = signedIn;
    }

    @Override
    public void handle(HttpRequest request, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        if (signedIn && status == 401) {
            throw new ClientAuthorizationRequiredException(GatewayApi.REGISTRATION_ID);
        }
        throw new ApiProblemException(read(status, response));
    }

    private ApiProblem read(int status, ClientHttpResponse response) throws IOException {
        Map<String, Object> body;
        try (InputStream in = response.getBody()) {
            byte[] bytes = in.readAllBytes();
            body = bytes.length == 0 ? Map.of() : asMap(json.readValue(bytes, Object.class));
        } catch (JacksonException e) {
            body = Map.of();
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        body.forEach((name, value) -> {
            if (!STANDARD_MEMBERS.contains(name)) {
                properties.put(name, value);
            }
        });
        return new ApiProblem(status, text(body.get("type")), text(body.get("title")), text(body.get("detail")),
                fieldErrors(body.get("errors")), properties);
    }

    private static List<ApiProblem.FieldError> fieldErrors(Object errors) {
        List<ApiProblem.FieldError> result = new ArrayList<>();
        if (errors instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> error = asMap(item);
                result.add(new ApiProblem.FieldError(text(error.get("field")), text(error.get("message"))));
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
