package com.clinicnetwork.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real HTTP server on 127.0.0.1 standing in for the SMS provider ({@code /sms}) and the clinic's webhook
 * receivers (any other path). It records every request and answers 200, or the statuses a test queued for a path.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestHttpServer {

    public static final String SMS_PATH = "/sms";
    public static final String SMS_API_KEY = "test-sms-key";

    /** One received request; header names lower-case. */
    public record Received(String path, Map<String, String> headers, String body) {
    }

    public static class Recorder {

        private final HttpServer server;
        private final List<Received> received = new CopyOnWriteArrayList<>();
        private final Map<String, Queue<Integer>> statuses = new ConcurrentHashMap<>();

        Recorder(HttpServer server) {
            this.server = server;
        }

        public String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        public List<Received> receivedAt(String path) {
            return received.stream().filter(request -> request.path().equals(path)).toList();
        }

        /** The next requests to {@code path} get these statuses, in order; later ones 200 again. */
        public void respond(String path, Integer... codes) {
            statuses.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).addAll(List.of(codes));
        }

        void handle(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
            received.add(new Received(path, headers, body));
            Queue<Integer> queued = statuses.get(path);
            Integer status = queued == null ? null : queued.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        }

        void stop() {
            server.stop(0);
        }
    }

    @Bean(destroyMethod = "stop")
    Recorder httpRecorder() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            Recorder recorder = new Recorder(server);
            server.createContext("/", recorder::handle);
            server.start();
            return recorder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    DynamicPropertyRegistrar smsProviderProperties(Recorder recorder) {
        return registry -> {
            registry.add("clinic.sms.mode", () -> "http");
            registry.add("clinic.sms.endpoint", () -> recorder.url(SMS_PATH));
            registry.add("clinic.sms.api-key", () -> SMS_API_KEY);
        };
    }
}
