package com.clinicnetwork.identity;

import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import com.clinicnetwork.testsupport.oauth.Browser;
import com.clinicnetwork.testsupport.oauth.OAuthFlows;
import com.clinicnetwork.testsupport.oauth.OAuthFlows.TokenResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The identity provider as the local run starts it, on a real PostgreSQL, with the demo users, on a port
 * fixed before start-up so that its issuer is the URL it is actually reached at. Test classes extending this
 * share one running instance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "clinic.demo-data.enabled=true",
        "CLINIC_WEB_CLIENT_SECRET=" + RunningIdentityProvider.WEB_SECRET})
@UsesRealInfrastructure
abstract class RunningIdentityProvider {

    /** The web app's client secret this provider is started with. */
    static final String WEB_SECRET = "test-web-client-secret";
    static final int PORT = freePort();
    static final String ISSUER = "http://127.0.0.1:" + PORT;
    static final Path SIGNING_KEY_FILE = Path.of("target", "identity-provider-it", "signing-key.json");

    final OAuthFlows flows = new OAuthFlows(ISSUER);

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("clinic.idp.issuer", () -> ISSUER);
        registry.add("clinic.idp.signing-key-file", SIGNING_KEY_FILE::toString);
    }

    Browser browser() {
        return new Browser(ISSUER);
    }

    /** A token request as the web app sends it (HTTP Basic client authentication with its secret). */
    TokenResponse tokenForWebApp(Map<String, String> form) {
        return flows.tokenForConfidentialClient("clinic-web", WEB_SECRET, form);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
