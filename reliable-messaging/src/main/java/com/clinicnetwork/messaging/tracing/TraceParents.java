package com.clinicnetwork.messaging.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The W3C {@code traceparent} of the current span, which the outbox stores with an event so that the relay,
 * running later on a thread of its own, can hand the trace on to the consumers. Works with whatever
 * Micrometer Tracing bridge the service has; without one there is no trace to store.
 */
public class TraceParents {

    /** The Kafka header, and the W3C name, of the trace context. */
    public static final String HEADER = "traceparent";

    /** Version 00, the only one this platform produces; anything else is not stored or sent. */
    private static final Pattern VERSION_00 = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;

    public TraceParents(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** @return the current span's traceparent, or null outside a trace */
    public String current() {
        Tracer currentTracer = tracer.getIfAvailable();
        Propagator currentPropagator = propagator.getIfAvailable();
        if (currentTracer == null || currentPropagator == null) {
            return null;
        }
        Span span = currentTracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        currentPropagator.inject(span.context(), carrier, Map::put);
        return wellFormed(carrier.get(HEADER));
    }

    /** @return the value if it is a version-00 traceparent, else null */
    public static String wellFormed(String value) {
        return value != null && VERSION_00.matcher(value).matches() ? value : null;
    }
}
