package com.clinicnetwork.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every authenticated request to an audited record path with its outcome. Runs inside the
 * security filter chain's request, after authentication, so it knows the caller; requests rejected
 * for lack of a valid token never identify anyone and are not recorded.
 */
public class AuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);
    private static final Pattern CREATED_ID = Pattern.compile("[A-Za-z0-9-]{1,100}");

    private final AuditedPaths paths;
    private final Supplier<AuditTrail> trail;

    /**
     * @param trail looked up on first use: servlet filters are created with the web server, before the
     *              database is necessarily configured
     */
    public AuditFilter(AuditedPaths paths, Supplier<AuditTrail> trail) {
        this.paths = paths;
        this.trail = trail;
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
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            record(request, response, path, match.get(), failed);
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, String path, AuditedPaths.Match match,
            boolean failed) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken caller)) {
            return;
        }
        int status = failed ? HttpStatus.INTERNAL_SERVER_ERROR.value() : response.getStatus();
        AuditEvent event = new AuditEvent(null, null, caller.getName(), roles(caller), request.getMethod(), path,
                match.recordType(), recordId(match, response, status),
                RequestOrigin.clientIp(request.getHeader("X-Forwarded-For"), request.getRemoteAddr()), status,
                RequestOrigin.requestId(request.getHeader("X-Request-Id")));
        try {
            trail.get().record(event);
        } catch (DataAccessException e) {
            // Who and which record stay out of the application log; the failure itself must be seen.
            log.error("Audit event for a {} {} could not be stored", match.recordType(), request.getMethod(), e);
        }
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

    private static String roles(JwtAuthenticationToken caller) {
        return caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .sorted()
                .collect(Collectors.joining(","));
    }
}
