package com.clinicnetwork.booking.appointment;

import java.util.UUID;

/** No such record, or none the caller may see: where a record's existence is private, both are told alike. */
public class RecordNotFoundException extends RuntimeException {

    private final String what;
    private final UUID id;

    /** @param what the kind of record, as a sentence names it, e.g. {@code Appointment} */
    public RecordNotFoundException(String what, UUID id) {
        super(what + " " + id + " not found", null, false, false);
        this.what = what;
        this.id = id;
    }

    public String what() {
        return what;
    }

    public UUID id() {
        return id;
    }
}
