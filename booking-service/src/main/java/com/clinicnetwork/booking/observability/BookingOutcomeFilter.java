package com.clinicnetwork.booking.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts booking requests ({@code POST /api/v1/appointments}) by outcome in {@code clinic.bookings}. It reads
 * the answer rather than the booking code, so the rules can change without the metric noticing: the status,
 * and for a problem the slug of its {@code type}. It runs before the security filters, so refused requests
 * count too.
 */
class BookingOutcomeFilter extends OncePerRequestFilter {

    static final String PATH = "/api/v1/appointments";

    private final JsonMapper json;
    private final Map<BookingOutcome, Counter> counters = new EnumMap<>(BookingOutcome.class);

    BookingOutcomeFilter(JsonMapper json, MeterRegistry meters) {
        this.json = json;
        for (BookingOutcome outcome : BookingOutcome.values()) {
            counters.put(outcome, Counter.builder("clinic.bookings")
                    .description("Booking requests by outcome")
                    .tag("outcome", outcome.tag())
                    .register(meters));
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && PATH.equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
        } finally {
            counters.get(BookingOutcome.of(answer.getStatus(), problemSlug(answer))).increment();
            answer.copyBodyToResponse();
        }
    }

    private String problemSlug(ContentCachingResponseWrapper answer) {
        String contentType = answer.getContentType();
        if (answer.getStatus() < 400 || contentType == null
                || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
            return null;
        }
        try {
            JsonNode type = json.readTree(answer.getContentAsByteArray()).get("type");
            if (type == null || !type.isString()) {
                return null;
            }
            String uri = type.asString();
            return uri.substring(uri.lastIndexOf('/') + 1);
        } catch (JacksonException e) {
            return null;
        }
    }
}
