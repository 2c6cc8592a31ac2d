package com.clinicnetwork.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/**
 * A downstream service stand-in on loopback: answers 200 with a small JSON body unless a test queued
 * other answers for a path, and records every request that reached it with the headers the gateway
 * is expected to pass on.
 */
final class StandInService implements AutoCloseable {

    record Received(String method, String uri, Headers headers, int bodyLength) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    record Answer(int status, Duration delay) {
    }

    /** A fixed answer for every request to a path, e.g. an actuator endpoint. */
    record Content(int status, String contentType, String body) {
    }

    private final String name;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, ConcurrentLinkedDeque<Answer>> scripted = new ConcurrentHashMap<>();
    private final Map<String, Content> served = new ConcurrentHashMap<>();

    private StandInService(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    static StandInService start(String name) {
        return new StandInService(name);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next requests to {@code path} get these answers, in order; later ones the default 200. */
    void script(String path, Answer... answers) {
        scripted.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).addAll(List.of(answers));
    }

    /** Every request to {@code path} gets this answer (until {@link #clear()}), instead of the default. */
    StandInService serve(String path, Content content) {
        served.put(path, content);
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> receivedAt(String path) {
        return received.stream().filter(request -> request.uri().startsWith(path)).toList();
    }

    void clear() {
        received.clear();
        scripted.clear();
        served.clear();
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] requestBody = exchange.getRequestBody().readAllBytes();
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders(), requestBody.length));
        Content content = served.get(exchange.getRequestURI().getPath());
        if (content != null) {
            byte[] body = content.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", content.contentType());
            exchange.sendResponseHeaders(content.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
            return;
        }
        var queue = scripted.get(exchange.getRequestURI().getPath());
        Answer answer = queue == null ? null : queue.poll();
        int status = answer == null ? 200 : answer.status();
        if (answer != null) {
            // Simulates a slow service; the test itself never waits on a clock.
            long until = System.nanoTime() + answer.delay().toNanos();
            while (System.nanoTime() < until) {
                LockSupport.parkNanos(until - System.nanoTime());
            }
        }
        byte[] body = ("{\"from\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        // A service's own banner and correlation guesses must not survive the gateway.
        exchange.getResponseHeaders().set("Server", "stand-in/1.0");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    static String unreachableUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
