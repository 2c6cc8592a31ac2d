package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The answers to an answer to an offer that comes too late. */
@RestControllerAdvice(basePackages = "com.clinicnetwork.booking.waitlist")
@Order(Ordered.HIGHEST_PRECEDENCE)
class WaitlistProblems {

    @ExceptionHandler(OfferClosedException.class)
    ProblemDetail closed(OfferClosedException e) {
        return new ApiProblemException(HttpStatus.CONFLICT, "illegal-transition", "Not possible in this status", e.getMessage())
                .with("currentStatus", e.status().name())
                .toProblemDetail();
    }

    @ExceptionHandler(OfferExpiredException.class)
    ProblemDetail expired(OfferExpiredException e) {
        return new ApiProblemException(HttpStatus.CONFLICT, "offer-expired", "Offer expired",
                "The hold on this slot has ended; it may have been offered to someone else.")
                .toProblemDetail();
    }
}
