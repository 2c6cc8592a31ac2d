package com.clinicnetwork.servicedefaults.web;

import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.refusal.NotPermittedException;
import com.clinicnetwork.servicedefaults.refusal.Refusal;
import com.clinicnetwork.servicedefaults.refusal.RuleRefusedException;
import com.clinicnetwork.servicedefaults.refusal.StateConflictException;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers every failure with an RFC 9457 problem: a stable type, a title, the offending fields for
 * validation errors, and never a stack trace or an internal message.
 */
@RestControllerAdvice
public class ProblemHandlers extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandlers.class);

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblemException e) {
        return ResponseEntity.status(e.status()).body(e.toProblemDetail());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return refusal(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, e.what() + " not found", e);
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<ProblemDetail> notPermitted(NotPermittedException e) {
        return refusal(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Access denied", e);
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ProblemDetail> invalidValue(InvalidValueException e) {
        return refusal(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
                e.with("errors", List.of(new FieldProblem(e.field(), e.problem()))));
    }

    @ExceptionHandler(StateConflictException.class)
    ResponseEntity<ProblemDetail> stateConflict(StateConflictException e) {
        return refusal(HttpStatus.CONFLICT, e.code(), e.title(), e);
    }

    @ExceptionHandler(RuleRefusedException.class)
    ResponseEntity<ProblemDetail> ruleRefused(RuleRefusedException e) {
        return refusal(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), e.title(), e);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return validationProblem(List.of(new FieldProblem(e.getName(), "has an invalid value")));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        return validationProblem(e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList());
    }

    /** The service's own database is unreachable: a temporary condition the caller may retry, not a bug. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        log.warn("Database unavailable: {}", e.getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
                        "Service temporarily unavailable", "The request could not be completed now. Retry it shortly."));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void rethrowSecurity(RuntimeException e) {
        // Let Spring Security's filters turn these into 401/403 problems.
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unhandled error", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ProblemTypes.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemTypes.INTERNAL, "Internal error", "The request could not be completed. It has been logged."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ProblemHandlers::toFieldProblem)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        List<FieldProblem> globalErrors = e.getBindingResult().getGlobalErrors().stream()
                .map(error -> new FieldProblem(error.getObjectName(), error.getDefaultMessage()))
                .toList();
        return asObject(validationProblem(concat(errors, globalErrors)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return asObject(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return asObject(ResponseEntity.badRequest().body(ProblemTypes.problem(HttpStatus.BAD_REQUEST,
                ProblemTypes.MALFORMED_REQUEST, "Malformed request body",
                "The request body is missing or is not valid JSON of the expected shape.")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(validationProblem(List.of(new FieldProblem(e.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return asObject(ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemTypes.problem(HttpStatus.NOT_FOUND,
                ProblemTypes.NOT_FOUND, "Not found", "No resource at this path.")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers).body(ProblemTypes.problem(
                HttpStatus.METHOD_NOT_ALLOWED, ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed",
                e.getMethod() + " is not supported here.")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(ProblemTypes.problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "Send the request body as application/json.")));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (statusCode.is5xxServerError()) {
            log.error("Request failed", e);
        }
        return super.handleExceptionInternal(e, body, headers, statusCode, request);
    }

    /** The answer to a refusal: a status chosen here, the service's words and details as the problem's body. */
    public static ResponseEntity<ProblemDetail> refusal(HttpStatus status, String slug, String title, Refusal e) {
        ProblemDetail problem = ProblemTypes.problem(status, slug, title, e.getMessage());
        e.details().forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }

    static ResponseEntity<ProblemDetail> validationProblem(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
                "One or more fields are invalid.");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static FieldProblem toFieldProblem(FieldError error) {
        return new FieldProblem(error.getField(), error.getDefaultMessage());
    }

    private static List<FieldProblem> concat(List<FieldProblem> first, List<FieldProblem> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<? extends ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}
