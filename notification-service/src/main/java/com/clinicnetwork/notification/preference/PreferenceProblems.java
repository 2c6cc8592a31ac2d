package com.clinicnetwork.notification.preference;

import com.clinicnetwork.servicedefaults.web.ProblemTypes;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The preference feature's own failure that no shared refusal describes. Ordered first so the shared catch-all
 * handler does not answer it with a 500.
 */
@RestControllerAdvice(assignableTypes = PreferenceController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PreferenceProblems {

    private static final String SMS_CODE_NOT_SENT = "sms-code-not-sent";

    @ExceptionHandler(SmsCodeNotSentException.class)
    ProblemDetail smsCodeNotSent(SmsCodeNotSentException e) {
        return ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE, SMS_CODE_NOT_SENT, "SMS code not sent", e.getMessage());
    }
}
