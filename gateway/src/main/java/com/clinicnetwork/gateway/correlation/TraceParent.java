package com.clinicnetwork.gateway.correlation;

import java.util.HexFormat;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent} (version 00): the trace a request belongs to and the span
 * that sent it. The gateway continues a well-formed incoming trace with a span of its own, and starts
 * a new trace for anything else, so a malformed header can never break or poison correlation.
 */
public record TraceParent(String traceId, String spanId, String flags) {

    public static final String HEADER = "traceparent";

    private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_SPAN = "0".repeat(16);
    private static final String SAMPLED = "01";

    public static Optional<TraceParent> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        var matcher = FORMAT.matcher(header.trim());
        if (!matcher.matches() || matcher.group(1).equals(ZERO_TRACE) || matcher.group(2).equals(ZERO_SPAN)) {
            return Optional.empty();
        }
        return Optional.of(new TraceParent(matcher.group(1), matcher.group(2), matcher.group(3)));
    }

    /** A new trace, sampled so that the services' tracers record it. */
    public static TraceParent start(RandomGenerator random) {
        return new TraceParent(nonZeroHex(random, 16), nonZeroHex(random, 8), SAMPLED);
    }

    /** The gateway's own span in this trace: same trace id and flags, a new span id. */
    public TraceParent child(RandomGenerator random) {
        return new TraceParent(traceId, nonZeroHex(random, 8), flags);
    }

    public String header() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    private static String nonZeroHex(RandomGenerator random, int bytes) {
        byte[] value = new byte[bytes];
        do {
            random.nextBytes(value);
        } while (isZero(value));
        return HexFormat.of().formatHex(value);
    }

    private static boolean isZero(byte[] value) {
        for (byte b : value) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
