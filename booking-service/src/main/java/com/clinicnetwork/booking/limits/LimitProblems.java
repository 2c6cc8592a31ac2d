package com.clinicnetwork.booking.limits;

import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The answers to a request that a client's limits or erasure refuse, wherever it books or joins the waitlist. */
@RestControllerAdvice(basePackages = "com.clinicnetwork.booking")
@Order(Ordered.HIGHEST_PRECEDENCE)
class LimitProblems {

    static final String LIMIT_REACHED = "client-limit-reached";

    @ExceptionHandler(ClientLimitReachedException.class)
    ProblemDetail limitReached(ClientLimitReachedException e) {
        return new ApiProblemException(HttpStatus.CONFLICT, LIMIT_REACHED, "Client limit reached",
                "A client may hold at most " + e.maximum() + " " + e.limit().description() + " at once.")
                .with("limit", e.limit().apiName())
                .with("maximum", e.maximum())
                .toProblemDetail();
    }

    @ExceptionHandler(ClientErasedException.class)
    ProblemDetail erased(ClientErasedException e) {
        return new ApiProblemException(HttpStatus.CONFLICT, "client-erased", "Client erased",
                "This client's personal data has been erased; nothing can be booked for them any more.")
                .toProblemDetail();
    }
}
