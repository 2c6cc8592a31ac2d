package com.clinicnetwork.booking.web;

import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.testsupport.tokens.DevTokenIssuer;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The service checks the token's audience itself: a token of the right issuer meant for another audience is no pass. */
class TokenAudienceIT extends IntegrationTestBase {

    private static final TokenClaims SAMS_TOKEN = TokenClaims.client("audience-it-sam", SAM);

    @Test
    void aTokenForAnotherAudienceOrForNoneIsRejected() {
        for (TokenClaims notForUs : new TokenClaims[] {SAMS_TOKEN.withAudiences("another-platform"), SAMS_TOKEN.withAudiences()}) {
            http.get().uri("/api/v1/clients/{id}", SAM)
                    .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(notForUs))
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void aTokenForThePlatformsAudienceIsAccepted() {
        for (TokenClaims forUs : new TokenClaims[] {SAMS_TOKEN, SAMS_TOKEN.withAudiences("account", DevTokenIssuer.PLATFORM_AUDIENCE)}) {
            http.get().uri("/api/v1/clients/{id}", SAM)
                    .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(forUs))
                    .exchange()
                    .expectStatus().isOk();
        }
    }
}
