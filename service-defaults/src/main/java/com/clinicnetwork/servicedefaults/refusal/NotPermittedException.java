package com.clinicnetwork.servicedefaults.refusal;

/** The caller may see the thing but not do this with it (object-level authorization); the message says why. */
public final class NotPermittedException extends Refusal {

    public NotPermittedException(String detail) {
        super(detail);
    }
}
