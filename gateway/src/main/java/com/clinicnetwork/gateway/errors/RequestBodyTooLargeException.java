package com.clinicnetwork.gateway.errors;

/** A request body without a declared length turned out larger than the gateway accepts. */
public class RequestBodyTooLargeException extends RuntimeException {

    private final long maxBytes;

    public RequestBodyTooLargeException(long maxBytes) {
        super("Request body exceeds " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
