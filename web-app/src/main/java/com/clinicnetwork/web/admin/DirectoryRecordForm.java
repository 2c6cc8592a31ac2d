package com.clinicnetwork.web.admin;

import java.util.UUID;

/**
 * What every directory record the admin edits carries besides its own fields: whether it is bookable, the
 * {@code version} edited (sent as {@code If-Match}) and, for a new record, the {@code idempotencyKey} made when the
 * form is shown.
 */
public abstract class DirectoryRecordForm {

    private boolean active = true;
    private long version;
    private UUID idempotencyKey;

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public UUID getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(UUID idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }
}
