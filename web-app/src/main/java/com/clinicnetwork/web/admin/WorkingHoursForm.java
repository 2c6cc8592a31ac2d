package com.clinicnetwork.web.admin;

import com.clinicnetwork.web.staff.ApiFieldErrors;
import com.clinicnetwork.web.staff.DirectoryTherapist;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A therapist's complete weekly hours as the admin edits them: one row per block (location, day, from, until, in the
 * location's local time), {@link #BLANK_ROWS} empty rows to add more, and a "remove" box per row. Saving replaces the
 * whole week. {@code version} is the therapist's version edited.
 */
public class WorkingHoursForm {

    static final int BLANK_ROWS = 3;

    private List<Row> rows = new ArrayList<>();
    private long version;

    static WorkingHoursForm of(DirectoryTherapist therapist) {
        WorkingHoursForm form = new WorkingHoursForm();
        therapist.workingHours().stream()
                .sorted(Comparator.comparing(DirectoryTherapist.WorkingHours::dayOfWeek)
                        .thenComparing(DirectoryTherapist.WorkingHours::startsAt))
                .forEach(hours -> form.rows.add(new Row(hours.locationId(), hours.dayOfWeek(), hours.startsAt(), hours.endsAt())));
        for (int blank = 0; blank < BLANK_ROWS; blank++) {
            form.rows.add(new Row());
        }
        form.setVersion(therapist.version());
        return form;
    }

    /** Every row kept is whole and ends after it starts; empty and removed rows are left out. */
    void check(Errors errors) {
        for (int index = 0; index < rows.size(); index++) {
            Row row = rows.get(index);
            if (row.isRemove() || row.isEmpty()) {
                continue;
            }
            String path = "rows[" + index + "]";
            if (row.getLocationId() == null || row.getDayOfWeek() == null || row.getStartsAt() == null || row.getEndsAt() == null) {
                errors.rejectValue(path + ".startsAt", "admin.validation.whole-row");
            } else if (!row.getEndsAt().isAfter(row.getStartsAt())) {
                errors.rejectValue(path + ".endsAt", "admin.validation.ends-after-start");
            }
        }
    }

    /** The form field of an API field such as {@code workingHours[2].startsAt}: the third row kept, not removed or empty. */
    String formField(String apiField) {
        ApiFieldErrors.Indexed indexed = ApiFieldErrors.indexed(apiField);
        if (indexed == null || !"workingHours".equals(indexed.list())) {
            return null;
        }
        int kept = -1;
        for (int index = 0; index < rows.size(); index++) {
            if (!rows.get(index).isRemove() && !rows.get(index).isEmpty() && ++kept == indexed.index()) {
                return "rows[" + index + "]." + indexed.field();
            }
        }
        return null;
    }

    List<AdminDirectoryApi.WorkingHoursBlock> toBlocks() {
        return rows.stream().filter(row -> !row.isRemove() && !row.isEmpty())
                .map(row -> new AdminDirectoryApi.WorkingHoursBlock(row.getLocationId(), row.getDayOfWeek(), row.getStartsAt(),
                        row.getEndsAt()))
                .toList();
    }

    /** One weekly block; all fields empty is no block. */
    public static class Row {

        private UUID locationId;
        private DayOfWeek dayOfWeek;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime startsAt;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime endsAt;
        private boolean remove;

        public Row() {
        }

        Row(UUID locationId, DayOfWeek dayOfWeek, LocalTime startsAt, LocalTime endsAt) {
            this.locationId = locationId;
            this.dayOfWeek = dayOfWeek;
            this.startsAt = startsAt;
            this.endsAt = endsAt;
        }

        boolean isEmpty() {
            return locationId == null && dayOfWeek == null && startsAt == null && endsAt == null;
        }

        public UUID getLocationId() {
            return locationId;
        }

        public void setLocationId(UUID locationId) {
            this.locationId = locationId;
        }

        public DayOfWeek getDayOfWeek() {
            return dayOfWeek;
        }

        public void setDayOfWeek(DayOfWeek dayOfWeek) {
            this.dayOfWeek = dayOfWeek;
        }

        public LocalTime getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(LocalTime startsAt) {
            this.startsAt = startsAt;
        }

        public LocalTime getEndsAt() {
            return endsAt;
        }

        public void setEndsAt(LocalTime endsAt) {
            this.endsAt = endsAt;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
