package com.clinicnetwork.opsconsole;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A service's actuator stand-in on loopback: answers the paths a test serves with fixed content, and anything else
 * with 404, as an actuator does for a metric the service does not export.
 */
final class StandInActuator implements AutoCloseable {

    /** A fixed answer for every request to a path. */
    record Content(int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final Map<String, Content> served = new ConcurrentHashMap<>();

    private StandInActuator() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    static StandInActuator start() {
        return new StandInActuator();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request to {@code path} gets this answer, until {@link #clear()}. */
    StandInActuator serve(String path, Content content) {
        served.put(path, content);
        return this;
    }

    void clear() {
        served.clear();
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        Content content = served.getOrDefault(exchange.getRequestURI().getPath(), new Content(404, "application/json", ""));
        byte[] body = content.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", content.contentType());
        exchange.sendResponseHeaders(content.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    /** The address of a service that is down: nothing listens there. */
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
