package com.clinicnetwork.testsupport.tokens;

import java.time.Duration;
import java.util.Map;

/** The token issuer of this test JVM, started on first use, and shortcuts to mint tokens with it. */
public final class TestTokens {

    private static DevTokenIssuer issuer;

    private TestTokens() {
    }

    public static synchronized DevTokenIssuer issuer() {
        if (issuer == null) {
            issuer = DevTokenIssuer.start(0, DevTokenIssuer.newKey(), Map.of(), Duration.ofHours(1));
            Runtime.getRuntime().addShutdownHook(new Thread(issuer::close, "test-token-issuer-stop"));
        }
        return issuer;
    }

    public static String bearer(TokenClaims claims) {
        return "Bearer " + issuer().mint(claims);
    }
}
