package com.clinicnetwork.testsupport.standin;

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
 * Another process of the platform (a service, its actuator) standing in on loopback for the gateway's and the
 * operator console's tests: a path a test {@linkplain #serve serves} gets that fixed answer, a path it
 * {@linkplain #script scripts} its next answers, and every other request the stand-in's usual answer. Every request
 * that reached it is recorded with its headers, for what the caller is expected to pass on.
 */
public final class StandInServer implements AutoCloseable {

    /** A request as it arrived. */
    public record Received(String method, String uri, Headers headers, int bodyLength) {

        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** A whole answer; an empty body is sent as none. */
    public record Content(int status, String contentType, String body) {

        /** An answer without a body, as an actuator's 404 for a metric the service does not export. */
        public static Content empty(int status) {
            return new Content(status, "application/json", "");
        }
    }

    /** The status of one scripted answer, given after {@code delay}; its body is the stand-in's usual one. */
    public record Answer(int status, Duration delay) {
    }

    private final HttpServer server;
    private final Content usual;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, ConcurrentLinkedDeque<Answer>> scripted = new ConcurrentHashMap<>();
    private final Map<String, Content> served = new ConcurrentHashMap<>();

    private StandInServer(Content usual) {
        this.usual = usual;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** A service named {@code name}: its usual answer is 200 with {@code {"from":"<name>"}}, so a test sees who answered. */
    public static StandInServer start(String name) {
        return start(new Content(200, "application/json", "{\"from\":\"" + name + "\"}"));
    }

    /** A stand-in whose usual answer is {@code usual}. */
    public static StandInServer start(Content usual) {
        return new StandInServer(usual);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next requests to {@code path} get these answers, in order; later ones the usual answer. */
    public void script(String path, Answer... answers) {
        scripted.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).addAll(List.of(answers));
    }

    /** Every request to {@code path} gets this answer (until {@link #clear()}), instead of the usual one. */
    public StandInServer serve(String path, Content content) {
        served.put(path, content);
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> receivedAt(String path) {
        return received.stream().filter(request -> request.uri().startsWith(path)).toList();
    }

    /** Forgets the requests received and what was served or scripted, for the next test. */
    public void clear() {
        received.clear();
        scripted.clear();
        served.clear();
    }

    /** The address of a process that is down: nothing listens there. */
    public static String unreachableUrl() {
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

    private void answer(HttpExchange exchange) throws IOException {
        byte[] requestBody = exchange.getRequestBody().readAllBytes();
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders(), requestBody.length));
        String path = exchange.getRequestURI().getPath();
        Content content = served.get(path);
        if (content == null) {
            var queue = scripted.get(path);
            Answer answer = queue == null ? null : queue.poll();
            content = answer == null ? usual : scripted(answer);
        }
        byte[] body = content.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", content.contentType());
        // A service's own banner, which callers facing the outside must not pass on.
        exchange.getResponseHeaders().set("Server", "stand-in/1.0");
        exchange.sendResponseHeaders(content.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private Content scripted(Answer answer) {
        // Simulates a slow service; the test itself never waits on a clock.
        long until = System.nanoTime() + answer.delay().toNanos();
        while (System.nanoTime() < until) {
            LockSupport.parkNanos(until - System.nanoTime());
        }
        return new Content(answer.status(), usual.contentType(), usual.body());
    }
}
