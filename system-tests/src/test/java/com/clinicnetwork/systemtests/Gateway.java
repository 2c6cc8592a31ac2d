package com.clinicnetwork.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API as one caller sees it: the gateway's base URL and that caller's bearer token. Every answer is
 * checked against the platform's OpenAPI documents ({@link ApiContract}) before a test sees it, so a test fails where
 * the API does something its document does not say.
 */
public final class Gateway {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String baseUrl;
    private final String token;
    private final ApiContract contract;

    /** @param token the caller's bearer token, or null for an anonymous caller */
    public Gateway(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.contract = ApiContract.of(baseUrl);
    }

    public record Response(int status, String contentType, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Response get(String path) {
        return await(send(request(path).GET()));
    }

    public Response post(String path, Object body) {
        return await(sendAsync("POST", path, JSON.writeValueAsString(body), "application/json", UUID.randomUUID().toString()));
    }

    public Response put(String path, Object body) {
        return await(sendAsync("PUT", path, JSON.writeValueAsString(body), "application/json", null));
    }

    /**
     * A read of the FHIR R4 export ({@code /fhir/r4/...}). Its answers follow HL7's specification, not the OpenAPI
     * documents, so they are not checked here: the caller validates them with HAPI's validator.
     */
    Response fhir(String path) {
        HttpRequest request = request(path).header("Accept", "application/fhir+json").GET().build();
        return await(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> new Response(
                response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body())));
    }

    Response delete(String path) {
        return await(send(request(path).DELETE()));
    }

    /** Any method; a JSON body when {@code body} is not null. */
    Response send(String method, String path, Object body) {
        if (body == null) {
            return await(send(request(path).method(method, HttpRequest.BodyPublishers.noBody())));
        }
        return await(sendAsync(method, path, JSON.writeValueAsString(body), "application/json", null));
    }

    /** Sends a raw body with any content type, for malformed and hostile requests. */
    Response raw(String method, String path, String body, String contentType) {
        return await(sendAsync(method, path, body, contentType, null));
    }

    CompletableFuture<Response> postAsync(String path, Object body, String idempotencyKey) {
        return sendAsync("POST", path, JSON.writeValueAsString(body), "application/json", idempotencyKey);
    }

    /** A conditional change: applies only if the resource is still at the version of {@code ifMatch}. */
    CompletableFuture<Response> postAsync(String path, Object body, String idempotencyKey, String ifMatch) {
        HttpRequest.Builder builder = request(path).method("POST", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json").header("If-Match", ifMatch);
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return send(builder);
    }

    public JsonNode created(String path, Object body) {
        Response response = post(path, body);
        if (response.status() != 201) {
            throw new AssertionError("POST " + path + " answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    private CompletableFuture<Response> sendAsync(String method, String path, String body, String contentType,
            String idempotencyKey) {
        HttpRequest.Builder builder = request(path).method(method, HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return send(builder);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private CompletableFuture<Response> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            contract.check(request.method(), request.uri(), response.statusCode(), response.headers().map(), response.body());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        });
    }

    private static Response await(CompletableFuture<Response> response) {
        try {
            return response.join();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof AssertionError brokenContract) {
                throw brokenContract;
            }
            Throwable cause = e.getCause() instanceof IOException io ? io : e;
            throw new AssertionError("Request failed: " + cause, cause);
        }
    }
}
