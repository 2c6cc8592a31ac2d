package com.clinicnetwork.gateway.privacy;

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

/** The export's failures as problems: an unknown (or hidden) client 404, a failing service 503 with Retry-After. */
@RestControllerAdvice(assignableTypes = ClientExportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExportProblems {

    private static final Logger log = LoggerFactory.getLogger(ExportProblems.class);

    @ExceptionHandler(ClientNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ClientNotFoundException e, ServerWebExchange exchange) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ExchangeProblems.problem(HttpStatus.NOT_FOUND, "not-found", "Client not found",
                        "No client with this id.", exchange));
    }

    @ExceptionHandler(ExportFailedException.class)
    ResponseEntity<ProblemDetail> failed(ExportFailedException e, ServerWebExchange exchange) {
        log.warn("Client export failed: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(ExchangeProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                        "The export needs every service's part and " + e.service() + " could not give its part. Try again shortly.",
                        exchange));
    }
}
