package com.clinicnetwork.servicedefaults.refusal;

/** No such record, or none the caller may see: where a record's existence is private, both are told alike. */
public final class NotFoundException extends Refusal {

    private final String what;
    private final Object id;

    /** @param what the kind of record, as a sentence names it, e.g. {@code Appointment} */
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist or is not visible to you.");
        this.what = what;
        this.id = id;
    }

    public String what() {
        return what;
    }

    public Object id() {
        return id;
    }
}
