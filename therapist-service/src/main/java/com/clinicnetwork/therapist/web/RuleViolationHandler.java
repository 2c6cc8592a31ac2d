package com.clinicnetwork.therapist.web;

import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.therapist.RuleViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Runs before the shared catch-all handler, which would otherwise answer a rule violation with a 500. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RuleViolationHandler {

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation e) {
        ApiProblemException problem = ApiProblemException.invalidField(e.field(), e.getMessage());
        return ResponseEntity.status(problem.status()).body(problem.toProblemDetail());
    }
}
