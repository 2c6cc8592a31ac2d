package com.clinicnetwork.notification.delivery;

/**
 * A delivery that did not go through. Permanent failures (a message that cannot be built, an address the
 * provider rejects for good) are not retried. The message must not contain personal data: it is stored,
 * published in notification.failed and logged.
 */
public class DeliveryException extends RuntimeException {

    private final boolean permanent;

    public DeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public static DeliveryException transientFailure(String message, Throwable cause) {
        return new DeliveryException(message, false, cause);
    }

    public static DeliveryException permanentFailure(String message, Throwable cause) {
        return new DeliveryException(message, true, cause);
    }

    public boolean permanent() {
        return permanent;
    }
}
