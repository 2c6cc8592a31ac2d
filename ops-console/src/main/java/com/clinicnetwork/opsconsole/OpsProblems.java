package com.clinicnetwork.opsconsole;

import com.clinicnetwork.opsconsole.kafka.KafkaUnavailableException;
import com.clinicnetwork.servicedefaults.reactive.ExchangeProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/** The console's failures as problems: its own refusals as they are, an unreachable Kafka as 503. */
@RestControllerAdvice(assignableTypes = OpsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OpsProblems {

    private static final Logger log = LoggerFactory.getLogger(OpsProblems.class);

    @ExceptionHandler(OpsProblemException.class)
    ResponseEntity<ProblemDetail> refused(OpsProblemException e, ServerWebExchange exchange) {
        return problem(e.status(), e.slug(), e.title(), e.getMessage(), exchange);
    }

    @ExceptionHandler(KafkaUnavailableException.class)
    ResponseEntity<ProblemDetail> kafkaUnavailable(KafkaUnavailableException e, ServerWebExchange exchange) {
        log.warn("Operator console: {}", e.getMessage());
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.SERVICE_UNAVAILABLE, "kafka-unavailable", "Kafka unavailable",
                "Kafka did not answer in time. Try again shortly.", exchange);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, "5").body(response.getBody());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String slug, String title, String detail,
            ServerWebExchange exchange) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ExchangeProblems.problem(status, slug, title, detail, exchange));
    }
}
