package com.clinicnetwork.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.standin.StandInServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browsers and HTTP clients keep connections open and send the next request on the same one. A request that arrives
 * while the previous answer is still finishing is held back by the server; when that held request is then refused at
 * once (here: the per-address limit's 429), the connection must still read the request after it. Reactor Netty before
 * 1.3.8 stopped reading in exactly that case (reactor/reactor-netty#4361): the next request on the connection, a
 * readiness probe or a client's retry, was never answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clinic.gateway.rate-limit.per-ip.capacity=1",
        "clinic.gateway.rate-limit.per-ip.refill-tokens=1",
        "clinic.gateway.rate-limit.per-ip.refill-period=10m",
        // No token reaches the issuer here; the settings only have to be present for the gateway to start.
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/dev-issuer",
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/dev-issuer/jwks.json",
        "clinic.security.audience=clinic-platform"})
class KeepAliveConnectionIT {

    private static final StandInServer BOOKING = StandInServer.start("booking-service");
    /** Open without a token and routed to booking-service: its answer comes back later, from another connection. */
    private static final String CHECK_IN_LINK = "/api/v1/aftercare-check-in-links/5_ipsMHSTj-ktcbX6PmgBAAAAABpR8Ug.qogB3PAuX3gMRle2AxCLW0uehFl99cz7wMKZDJsTW6Q";
    private static final int ANSWER_TIMEOUT_MILLIS = 15_000;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void serviceAddresses(DynamicPropertyRegistry registry) {
        registry.add("BOOKING_SERVICE_URL", BOOKING::url);
    }

    @AfterAll
    static void stopDownstream() {
        BOOKING.close();
    }

    @Test
    void aRequestRefusedAtOnceWhileHeldBackDoesNotStallTheConnectionsNextRequest() throws IOException {
        try (Socket connection = new Socket("127.0.0.1", port)) {
            connection.setSoTimeout(ANSWER_TIMEOUT_MILLIS);
            OutputStream out = connection.getOutputStream();
            InputStream in = connection.getInputStream();

            // Both in one write: the second arrives while the first is still being routed, so the server holds it back.
            out.write((get(CHECK_IN_LINK) + get("/api/v1/locations")).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readResponse(in).status()).isEqualTo(200);
            assertThat(readResponse(in).status()).isEqualTo(429);

            out.write(get("/actuator/health/readiness").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Response readiness = readResponse(in);
            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"UP\"");
        }
        assertThat(BOOKING.received()).extracting(request -> request.uri()).containsExactly(CHECK_IN_LINK);
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n";
    }

    private record Response(int status, String body) {
    }

    /** One HTTP/1.1 response, its body framed by Content-Length or chunked encoding; a timeout means no answer came. */
    private static Response readResponse(InputStream in) throws IOException {
        String statusLine = readLine(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        long contentLength = 0;
        boolean chunked = false;
        for (String header = readLine(in); !header.isEmpty(); header = readLine(in)) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                contentLength = Long.parseLong(lower.substring("content-length:".length()).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(readLine(in).trim(), 16); size > 0; size = Integer.parseInt(readLine(in).trim(), 16)) {
                body.write(in.readNBytes(size));
                readLine(in);
            }
            readLine(in);
        } else {
            body.write(in.readNBytes((int) contentLength));
        }
        return new Response(status, body.toString(StandardCharsets.UTF_8));
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int next = in.read(); next != '\n'; next = in.read()) {
            if (next == -1) {
                throw new IOException("The gateway closed the connection after: " + line);
            }
            if (next != '\r') {
                line.append((char) next);
            }
        }
        return line.toString();
    }
}
