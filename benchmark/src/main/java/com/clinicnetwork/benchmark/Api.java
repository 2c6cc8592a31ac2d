package com.clinicnetwork.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON over HTTP against one base URL with one bearer token. */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            // Daemon threads: the benchmark JVM must end when main does, also after a failure.
            .executor(Executors.newFixedThreadPool(8, runnable -> {
                Thread thread = new Thread(runnable, "benchmark-http");
                thread.setDaemon(true);
                return thread;
            }))
            .build();

    private final String baseUrl;
    private final String token;

    Api(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    Api at(String otherBaseUrl) {
        return new Api(otherBaseUrl, token);
    }

    JsonNode create(String path, Object body) {
        HttpResponse<String> response = send("POST", path, body);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Creates asynchronously, so set-up of thousands of records does not wait for each answer in turn. */
    CompletableFuture<String> createAsync(String path, Object body) {
        return HTTP.sendAsync(request("POST", path, body).build(), HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body()).get("id").asString();
        });
    }

    HttpResponse<String> send(String method, String path, Object body) {
        try {
            return HTTP.send(request(method, path, body).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The load's requests: they accept gzip as every browser does, and the answer's body is discarded unread. */
    CompletableFuture<Integer> sendAsync(String method, String path, Object body) {
        return HTTP.sendAsync(request(method, path, body).header("Accept-Encoding", "gzip").build(),
                        HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode);
    }

    private HttpRequest.Builder request(String method, String path, Object body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return builder.header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
}
