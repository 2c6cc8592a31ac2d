package com.clinicnetwork.gateway.limits;

/** A request body without a declared length turned out larger than the gateway accepts. */
public class RequestBodyTooLargeException extends RuntimeException {

    public RequestBodyTooLargeException(long maxBytes) {
        super("Request body exceeds " + maxBytes + " bytes");
    }
}
