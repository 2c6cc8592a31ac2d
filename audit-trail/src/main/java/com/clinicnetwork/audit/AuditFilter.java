package com.clinicnetwork.audit;

import com.clinicnetwork.servicedefaults.web.ProblemTypes;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every authenticated request to an audited record path with its outcome, and fails closed: the
 * response body is held back until its audit records are stored, and if they cannot be, the caller gets
 * a {@code 503} problem instead of the data. Runs inside the security filter chain's request, after
 * authentication, so it knows the caller; requests rejected for lack of a valid token never identify
 * anyone and are not recorded.
 */
public class AuditFilter extends OncePerRequestFilter {

    static final String UNAVAILABLE_PROBLEM = "audit-unavailable";
    static final String FAILURES_METRIC = "clinic.audit.write.failures";

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);
    private static final Pattern CREATED_ID = Pattern.compile("[A-Za-z0-9-]{1,100}");
    private static final Set<String> READS = Set.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(), HttpMethod.OPTIONS.name());

    private final AuditedPaths paths;
    private final Supplier<AuditTrail> trail;
    private final Supplier<JsonMapper> json;
    private final Supplier<Optional<MeterRegistry>> meters;
    private final Duration retryAfter;

    /**
     * @param trail  looked up on first use, like {@code json} and {@code meters}: servlet filters are
     *               created with the web server, before the database is necessarily configured
     */
    public AuditFilter(AuditedPaths paths, Supplier<AuditTrail> trail, Supplier<JsonMapper> json,
            Supplier<Optional<MeterRegistry>> meters, Duration retryAfter) {
        this.paths = paths;
        this.trail = trail;
        this.json = json;
        this.meters = meters;
        this.retryAfter = retryAfter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<AuditedPaths.Match> match = paths.match(path);
        if (match.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        // Only the body is held back; status and headers go to the real response, which stays uncommitted.
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        boolean failed = true;
        try {
            chain.doFilter(request, held);
            failed = false;
        } finally {
            boolean recorded = record(request, held, path, match.get(), failed);
            if (!failed) {
                if (recorded) {
                    held.copyBodyToResponse();
                } else {
                    refuse(request, response);
                }
            }
        }
    }

    /** @return whether the records are stored, or there is no one to record */
    private boolean record(HttpServletRequest request, HttpServletResponse response, String path, AuditedPaths.Match match,
            boolean failed) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken caller)) {
            return true;
        }
        int status = failed ? HttpStatus.INTERNAL_SERVER_ERROR.value() : response.getStatus();
        String roles = roles(caller);
        String clientIp = RequestOrigin.clientIp(request.getHeader("X-Forwarded-For"), request.getRemoteAddr());
        String requestId = RequestOrigin.requestId(request.getHeader("X-Request-Id"));
        List<AuditEvent> events = records(request, response, match, status).stream()
                .map(record -> new AuditEvent(null, null, caller.getName(), roles, request.getMethod(), path,
                        record.recordType(), record.recordId(), clientIp, status, requestId))
                .toList();
        try {
            trail.get().record(events);
            return true;
        } catch (RuntimeException e) {
            boolean change = !READS.contains(request.getMethod());
            // Never who or which record, nor the database's message (it may quote the row): the kind of
            // failure and the gateway's request id, to find the request and, for a change, reconcile it.
            log.error("Audit records of a {} on record type {} could not be stored ({}); the response was withheld{}, request id {}",
                    request.getMethod(), match.recordType(), cause(e),
                    change ? " although the change itself was already committed" : "", requestId);
            meters.get().ifPresent(registry -> registry.counter(FAILURES_METRIC, "request", change ? "change" : "read").increment());
            return false;
        }
    }

    /**
     * The record the path names (its id, or for a create the id at the end of the new record's Location),
     * and every record the controller reported with {@link AuditedRecords}: one audit record each. A path
     * without an id is recorded on its own only when the controller reported nothing, e.g. an empty list.
     */
    private static Set<AuditedPaths.Match> records(HttpServletRequest request, HttpServletResponse response,
            AuditedPaths.Match match, int status) {
        AuditedPaths.Match addressed = new AuditedPaths.Match(match.recordType(), recordId(match, response, status));
        List<AuditedPaths.Match> reported = AuditedRecords.reported(request);
        Set<AuditedPaths.Match> records = new LinkedHashSet<>();
        if (addressed.recordId() != null || reported.isEmpty()) {
            records.add(addressed);
        }
        records.addAll(reported);
        return records;
    }

    /** No audit record, no data: the problem says nothing about the database, only when to try again. */
    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean change = !READS.contains(request.getMethod());
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE_PROBLEM,
                "Audit trail unavailable", change
                        ? "The request could not be recorded in the audit trail, so its result is withheld. The change may "
                                + "already have been made: read the record, or repeat the request with the same Idempotency-Key."
                        : "The request could not be recorded in the audit trail, so its result is withheld. Try again shortly.");
        problem.setInstance(URI.create(request.getRequestURI()));
        if (response.isCommitted()) {
            // Only an error page sent with sendError commits early; it carries no record data.
            return;
        }
        // Drops what the controller set (ETag, Location, content type) along with the held-back body.
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.get().writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
    }

    /** The id in the path, or for a create the id at the end of the new record's Location. */
    private static String recordId(AuditedPaths.Match match, HttpServletResponse response, int status) {
        if (match.recordId() != null || status != HttpStatus.CREATED.value()) {
            return match.recordId();
        }
        String location = response.getHeader(HttpHeaders.LOCATION);
        if (location == null) {
            return null;
        }
        String lastSegment = location.substring(location.lastIndexOf('/') + 1);
        return CREATED_ID.matcher(lastSegment).matches() ? lastSegment : null;
    }

    private static String cause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause instanceof SQLException sql ? cause.getClass().getSimpleName() + " SQLState " + sql.getSQLState()
                : cause.getClass().getSimpleName();
    }

    private static String roles(JwtAuthenticationToken caller) {
        return caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .sorted()
                .collect(Collectors.joining(","));
    }
}
