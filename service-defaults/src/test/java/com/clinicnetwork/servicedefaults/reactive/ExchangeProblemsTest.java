package com.clinicnetwork.servicedefaults.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExchangeProblemsTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final ExchangeProblems problems = new ExchangeProblems(json);

    @Test
    void writesTheProblemAsTheWholeResponseAboutTheRequestsPath() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/things/7?page=2"));

        problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests", "Slow down.").block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isNull();
        String body = exchange.getResponse().getBodyAsString().block();
        assertThat(exchange.getResponse().getHeaders().getContentLength()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
        JsonNode problem = json.readTree(body);
        assertThat(problem.get("type").asString()).isEqualTo("https://api.clinic-network.example/problems/rate-limited");
        assertThat(problem.get("title").asString()).isEqualTo("Too many requests");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asString()).isEqualTo("Slow down.");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/things/7");
    }

    @Test
    void aUnauthorizedProblemNamesTheBearerScheme() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/ops/status"));

        problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", "A token.").block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
    }

    @Test
    void aResponseAlreadyOnItsWayIsLeftAlone() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/things"));
        exchange.getResponse().setStatusCode(HttpStatus.OK);
        exchange.getResponse().setComplete().block();

        problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable", "Later.").block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isNull();
    }

    @Test
    void aControllerAdvicesBodyIsTheSameProblemAboutTheRequestsPath() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/ops/dead-letters/replay-all"));

        ProblemDetail problem = ExchangeProblems.problem(HttpStatus.CONFLICT, "conflict", "Conflict", "Already handled.", exchange);

        assertThat(problem.getType()).hasToString("https://api.clinic-network.example/problems/conflict");
        assertThat(problem.getTitle()).isEqualTo("Conflict");
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).isEqualTo("Already handled.");
        assertThat(problem.getInstance()).hasToString("/ops/dead-letters/replay-all");
    }
}
