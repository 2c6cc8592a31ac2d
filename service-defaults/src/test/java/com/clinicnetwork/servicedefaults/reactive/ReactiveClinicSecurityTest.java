package com.clinicnetwork.servicedefaults.reactive;

import com.clinicnetwork.servicedefaults.security.TokenTrust;
import com.clinicnetwork.testsupport.tokens.DevTokenIssuer;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.config.EnableWebFlux;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared chain in a WebFlux application with path rules of its own (those of an operator console), with the
 * auto-configured token decoder trusting the tests' issuer: what is open, the platform's roles, and the problems of a
 * refusal.
 */
class ReactiveClinicSecurityTest {

    private static final RSAKey KEY = DevTokenIssuer.newKey();
    private static final DevTokenIssuer ISSUER = DevTokenIssuer.start(0, KEY, Duration.ofMinutes(5));

    private final ReactiveWebApplicationContextRunner application = new ReactiveWebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ReactiveServiceDefaultsAutoConfiguration.class))
            .withUserConfiguration(ConsoleLikeApplication.class)
            .withBean(JsonMapper.class, () -> JsonMapper.builder().build())
            .withPropertyValues(TokenTrust.ISSUER_URI_PROPERTY + "=" + ISSUER.issuer(),
                    TokenTrust.JWK_SET_URI_PROPERTY + "=" + ISSUER.jwkSetUri(),
                    TokenTrust.AUDIENCE_PROPERTY + "=" + DevTokenIssuer.PLATFORM_AUDIENCE);

    @AfterAll
    static void stopIssuer() {
        ISSUER.close();
    }

    @Test
    void healthInfoMetricsAndTheApiDocumentAreOpenWithoutAToken() {
        withClient(client -> {
            for (String open : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/info", "/actuator/prometheus",
                    "/v3/api-docs", "/v3/api-docs/swagger-config")) {
                client.get().uri(open).exchange().expectStatus().isOk();
            }
        });
    }

    @Test
    void withoutATokenTheAnswerIsTheUnauthenticatedProblemNamingTheBearerScheme() {
        withClient(client -> client.get().uri("/ops/status").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/unauthenticated")
                .jsonPath("$.title").isEqualTo("Authentication required")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isEqualTo("A valid bearer token is required.")
                .jsonPath("$.instance").isEqualTo("/ops/status"));
    }

    @Test
    void anInvalidTokenGetsTheSameProblem() {
        String expired = ISSUER.mint(TokenClaims.operator("operator"), Instant.now().minusSeconds(120));
        String otherAudience = ISSUER.mint(TokenClaims.operator("operator").withAudiences("another-platform"));

        withClient(client -> {
            for (String token : List.of(expired, otherAudience, "not-a-token")) {
                client.get().uri("/ops/status").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                        .expectStatus().isUnauthorized()
                        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody().jsonPath("$.title").isEqualTo("Authentication required");
            }
        });
    }

    @Test
    void theRolesClaimGivesThePlatformsRoles() {
        withClient(client -> client.get().uri("/ops/status")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ISSUER.mint(TokenClaims.operator("operator")))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("status"));
    }

    @Test
    void anotherRoleOrOneThePlatformDoesNotKnowGetsTheAccessDeniedProblem() {
        TokenClaims admin = TokenClaims.clinicAdmin("admin");
        TokenClaims foreignRole = new TokenClaims("someone", Set.of("ROLE_OPERATOR", "operator"), null, null, List.of());

        withClient(client -> {
            for (TokenClaims notOperator : List.of(admin, foreignRole)) {
                client.post().uri("/ops/dead-letters/replay-all")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + ISSUER.mint(notOperator))
                        .exchange()
                        .expectStatus().isForbidden()
                        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectHeader().doesNotExist(HttpHeaders.WWW_AUTHENTICATE)
                        .expectBody()
                        .jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/forbidden")
                        .jsonPath("$.title").isEqualTo("Access denied")
                        .jsonPath("$.status").isEqualTo(403)
                        .jsonPath("$.detail").isEqualTo("This path is not open to this caller.")
                        .jsonPath("$.instance").isEqualTo("/ops/dead-letters/replay-all");
            }
        });
    }

    @Test
    void aTokenWithAMalformedPlatformClaimIsRejectedAsTheServicesRejectIt() {
        String malformedClientId = signed(new JWTClaimsSet.Builder()
                .issuer(ISSUER.issuer())
                .audience(DevTokenIssuer.PLATFORM_AUDIENCE)
                .subject("operator")
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .claim("roles", List.of("OPERATOR"))
                .claim("client_id", "not-a-uuid")
                .build());

        withClient(client -> client.get().uri("/ops/status").header(HttpHeaders.AUTHORIZATION, "Bearer " + malformedClientId)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Authentication required"));
    }

    @Test
    void whatTheApplicationsRulesDoNotOpenFollowsItsOwnLastRule() {
        withClient(client -> client.get().uri("/elsewhere")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ISSUER.mint(TokenClaims.operator("operator")))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void settingsTheApplicationMadeOnTheChainStay() {
        withClient(client -> client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("X-Frame-Options"));
    }

    private void withClient(Consumer<WebTestClient> test) {
        application.run(context -> test.accept(client(context)));
    }

    private static WebTestClient client(ApplicationContext context) {
        return WebTestClient.bindToApplicationContext(context).build();
    }

    private static String signed(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(KEY));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** Rules as an operator console's: its API for operators, nothing else; Spring Security's headers left out. */
    @Configuration(proxyBeanMethods = false)
    @EnableWebFlux
    @EnableWebFluxSecurity
    static class ConsoleLikeApplication {

        @Bean
        SecurityWebFilterChain consoleChain(ServerHttpSecurity http, ReactiveClinicSecurity security) {
            return security.build(http.headers(ServerHttpSecurity.HeaderSpec::disable), exchanges -> exchanges
                    .pathMatchers("/ops/**").hasRole("OPERATOR")
                    .anyExchange().denyAll());
        }

        @Bean
        RouterFunction<ServerResponse> endpoints() {
            return RouterFunctions.route()
                    .GET("/ops/status", request -> ServerResponse.ok().bodyValue("status"))
                    .POST("/ops/dead-letters/replay-all", request -> ServerResponse.ok().bodyValue("replayed"))
                    .GET("/elsewhere", request -> ServerResponse.ok().bodyValue("elsewhere"))
                    .GET("/actuator/**", request -> ServerResponse.ok().bodyValue("actuator"))
                    .GET("/v3/api-docs/**", request -> ServerResponse.ok().bodyValue("document"))
                    .GET("/v3/api-docs", request -> ServerResponse.ok().bodyValue("document"))
                    .build();
        }
    }
}
