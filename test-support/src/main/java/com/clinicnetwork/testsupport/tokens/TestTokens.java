package com.clinicnetwork.testsupport.tokens;

import java.time.Duration;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The token issuer of this test JVM, started on first use, and shortcuts to mint tokens with it. */
public final class TestTokens {

    private static DevTokenIssuer issuer;

    private TestTokens() {
    }

    public static synchronized DevTokenIssuer issuer() {
        if (issuer == null) {
            issuer = DevTokenIssuer.start(0, DevTokenIssuer.newKey(), Duration.ofHours(1));
            Runtime.getRuntime().addShutdownHook(new Thread(issuer::close, "test-token-issuer-stop"));
        }
        return issuer;
    }

    /** Makes the application under test trust this JVM's issuer and require the platform's audience. */
    public static void trustTestIssuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer().issuer());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> issuer().jwkSetUri());
        registry.add("clinic.security.audience", () -> DevTokenIssuer.PLATFORM_AUDIENCE);
    }

    public static String bearer(TokenClaims claims) {
        return "Bearer " + issuer().mint(claims);
    }
}
