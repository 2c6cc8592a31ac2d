package com.clinicnetwork.notification.webhook;

import java.net.UnknownHostException;

/**
 * A webhook host resolved to an address the target policy refuses. An {@link UnknownHostException}, because that is
 * what the HTTP client's DNS hook may throw; the delivery reports it as "refused target", never the address.
 */
public class RefusedTargetException extends UnknownHostException {

    RefusedTargetException() {
        super("refused target");
    }
}
