package com.clinicnetwork.web.staff;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A stand-in for the gateway on a real port, one per test JVM: tests tell it what to answer to a method and path and
 * read what the web app sent (headers, query, body). Anything not arranged is a 404 problem, as the API would answer.
 */
public final class StubGateway {

    private static final StubGateway INSTANCE = new StubGateway();

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public record Answer(int status, String body, Map<String, String> headers) {
    }

    public record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }

        public String param(String name) {
            if (query == null) {
                return null;
            }
            return Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2))
                    .filter(pair -> pair[0].equals(name)).map(pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8))
                    .findFirst().orElse(null);
        }
    }

    private StubGateway() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "stub-gateway");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public static StubGateway instance() {
        return INSTANCE;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void reset() {
        answers.clear();
        requests.clear();
    }

    public void answer(String method, String path, int status, String json) {
        answer(method, path, status, json, Map.of());
    }

    public void answer(String method, String path, int status, String json, Map<String, String> headers) {
        answers.put(method + " " + path, new Answer(status, json, headers));
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    public Optional<Request> last(String method, String path) {
        List<Request> matching = requests.stream().filter(request -> request.method().equals(method) && request.path().equals(path)).toList();
        return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(method, path, exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body));
        Answer answer = answers.getOrDefault(method + " " + path, new Answer(404,
                "{\"type\":\"https://api.clinic-network.example/problems/not-found\",\"title\":\"Not found\",\"status\":404}",
                Map.of()));
        byte[] bytes = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.status() >= 400 ? "application/problem+json" : "application/json");
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
