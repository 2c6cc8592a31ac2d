package com.clinicnetwork.web.admin;

import com.clinicnetwork.web.staff.DirectoryRoom;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A room as the admin adds or edits it, with the API's bounds: its name (unique at the location in any letter case,
 * which only the API can tell), its kind and whether it takes bookings. {@code version} is the one edited;
 * {@code idempotencyKey} is made when the add form is shown.
 */
public class RoomForm extends DirectoryRecordForm {

    @NotBlank
    @Size(max = 100)
    private String name;
    @NotNull
    private RoomKind kind = RoomKind.TREATMENT_TABLE;

    /** An empty add form with its idempotency key. */
    static RoomForm blank() {
        RoomForm form = new RoomForm();
        form.setIdempotencyKey(UUID.randomUUID());
        return form;
    }

    static RoomForm of(DirectoryRoom room) {
        RoomForm form = new RoomForm();
        form.setName(room.name());
        form.setKind(RoomKind.valueOf(room.kind()));
        form.setActive(room.active());
        form.setVersion(room.version());
        return form;
    }

    AdminDirectoryApi.RoomBody toBody() {
        return new AdminDirectoryApi.RoomBody(name.strip(), kind.name(), isActive());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RoomKind getKind() {
        return kind;
    }

    public void setKind(RoomKind kind) {
        this.kind = kind;
    }
}
