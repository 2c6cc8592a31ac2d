package com.clinicnetwork.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One JDK HTTP server on loopback standing in for the gateway and the identity provider's back-channel endpoints
 * (token, revocation), started once per test JVM. Tests say what a method and path answer and read what the app
 * sent; anything not set up answers 404 with a problem.
 */
public final class StandInServer {

    private static final StandInServer INSTANCE = new StandInServer();

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();

    /** @param headers extra response headers, e.g. ETag */
    public record Answer(int status, String contentType, String body, Map<String, String> headers) {
    }

    /** What the app sent: method, path with query, headers (lower-case names), body. */
    public record Recorded(String method, String uri, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase());
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String path() {
            int query = uri.indexOf('?');
            return query < 0 ? uri : uri.substring(0, query);
        }
    }

    private StandInServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public static StandInServer get() {
        return INSTANCE;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void reset() {
        answers.clear();
        requests.clear();
    }

    public void json(String method, String path, int status, String body) {
        answer(method, path, new Answer(status, "application/json", body, Map.of()));
    }

    public void json(String method, String path, int status, String body, Map<String, String> headers) {
        answer(method, path, new Answer(status, "application/json", body, headers));
    }

    public void problem(String method, String path, int status, String slug, String extraMembers) {
        answer(method, path, new Answer(status, "application/problem+json",
                "{\"type\":\"https://api.clinic-network.example/problems/" + slug + "\",\"title\":\"T\",\"status\":" + status
                        + ",\"detail\":\"java.lang.IllegalStateException at com.example.Secret\"" + extraMembers + "}", Map.of()));
    }

    public void answer(String method, String path, Answer answer) {
        answers.put(method + " " + path, answer);
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public Recorded last(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No " + method + " " + path + " in " + requests));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
        String uri = exchange.getRequestURI().toString();
        requests.add(new Recorded(exchange.getRequestMethod(), uri, headers, body));
        String path = exchange.getRequestURI().getPath();
        Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + path,
                new Answer(404, "application/problem+json", "{\"type\":\"about:blank\",\"status\":404}", Map.of()));
        byte[] bytes = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
