package com.clinicnetwork.audit;

import java.util.regex.Pattern;

/** Where a request came from, and the gateway's request id, taken from headers only when well formed. */
final class RequestOrigin {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{7,127}");

    private RequestOrigin() {
    }

    /**
     * The gateway replaces {@code X-Forwarded-For} with the one address it saw, so the last entry is
     * the one the nearest proxy vouches for; anything malformed falls back to the connection's peer.
     */
    static String clientIp(String forwardedFor, String remoteAddress) {
        if (forwardedFor != null) {
            String[] hops = forwardedFor.split(",");
            String last = hops[hops.length - 1].trim();
            if (IP_LITERAL.matcher(last).matches()) {
                return last;
            }
        }
        return remoteAddress != null && IP_LITERAL.matcher(remoteAddress).matches() ? remoteAddress : null;
    }

    static String requestId(String header) {
        return header != null && REQUEST_ID.matcher(header).matches() ? header : null;
    }
}
