package com.clinicnetwork.booking.aftercare;

import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import java.time.ZoneOffset;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The answers to a check-in link that is not one this platform signed, or whose answer window has closed. */
@RestControllerAdvice(basePackages = "com.clinicnetwork.booking.aftercare")
@Order(Ordered.HIGHEST_PRECEDENCE)
class AftercareProblems {

    @ExceptionHandler(CheckInLinkInvalidException.class)
    ProblemDetail invalidLink(CheckInLinkInvalidException e) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, "check-in-link-invalid", "Check-in link not valid",
                e.getMessage()).toProblemDetail();
    }

    /** Gone rather than not found: the link was genuine, and asking again will not help. */
    @ExceptionHandler(CheckInLinkExpiredException.class)
    ProblemDetail expiredLink(CheckInLinkExpiredException e) {
        return new ApiProblemException(HttpStatus.GONE, "check-in-link-expired", "Check-in link expired", e.getMessage())
                .with("expiredAt", e.expiredAt().atOffset(ZoneOffset.UTC))
                .toProblemDetail();
    }
}
