package com.clinicnetwork.gateway.audit;

import com.clinicnetwork.gateway.errors.GatewayProblems;
import com.clinicnetwork.servicedefaults.reactive.ExchangeProblems;
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

/** The merged audit endpoints' refusals as problems; services that did not answer are named, with when to retry. */
@RestControllerAdvice(assignableTypes = AuditEventsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditFanOutProblems {

    private final AuditFanOutProperties properties;

    AuditFanOutProblems(AuditFanOutProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(AuditFanOutException.class)
    ResponseEntity<ProblemDetail> refused(AuditFanOutException e, ServerWebExchange exchange) {
        ProblemDetail problem = ExchangeProblems.problem(e.status(), e.slug(), e.title(), e.getMessage(), exchange);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (e.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            problem.setProperty("unavailableServices", e.unavailableServices());
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(GatewayProblems.seconds(properties.retryAfter())));
        }
        return response.body(problem);
    }
}
