package com.clinicnetwork.booking.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Times availability searches ({@code GET /api/v1/availability}) in {@code clinic.availability.search}, tagged
 * {@code outcome} {@code success} or {@code failure}, with a histogram for latency percentiles.
 */
class AvailabilitySearchTimer extends OncePerRequestFilter {

    static final String PATH = "/api/v1/availability";

    private final MeterRegistry meters;

    AvailabilitySearchTimer(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("GET".equals(request.getMethod()) && PATH.equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Timer.Sample sample = Timer.start(meters);
        try {
            chain.doFilter(request, response);
        } finally {
            sample.stop(Timer.builder("clinic.availability.search")
                    .description("Availability searches, from request to answer")
                    .tag("outcome", response.getStatus() < 400 ? "success" : "failure")
                    .publishPercentileHistogram()
                    .register(meters));
        }
    }
}
