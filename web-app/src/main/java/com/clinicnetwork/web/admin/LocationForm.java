package com.clinicnetwork.web.admin;

import com.clinicnetwork.web.staff.ApiFieldErrors;
import com.clinicnetwork.web.staff.DirectoryLocation;
import com.clinicnetwork.web.staff.TimeZoneField;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A location as the admin edits it: name, address, time zone, whether it takes bookings, its coordinates (both or
 * neither; clients waiting nearby are measured against them), and the complete week of
 * opening hours, each day with up to {@link #BLOCKS_PER_DAY} blocks (two blocks are a closure in between; a day
 * without blocks is closed). {@code version} is the one edited; {@code idempotencyKey} is made for a new location.
 */
public class LocationForm extends DirectoryRecordForm {

    static final int BLOCKS_PER_DAY = 2;

    @NotBlank
    @Size(max = 200)
    private String name;
    @NotBlank
    @Size(max = 500)
    private String address;
    @NotBlank
    @Size(max = 64)
    private String timeZone;
    @DecimalMin("-90")
    @DecimalMax("90")
    private Double latitude;
    @DecimalMin("-180")
    @DecimalMax("180")
    private Double longitude;
    @Valid
    private List<Day> days = new ArrayList<>();

    /** A new location's form: open Monday to Saturday, 08:00 to 19:00, in {@code zone}. */
    static LocationForm blank(String zone) {
        LocationForm form = new LocationForm();
        form.setTimeZone(zone);
        form.setIdempotencyKey(UUID.randomUUID());
        for (DayOfWeek day : DayOfWeek.values()) {
            Day hours = new Day(day);
            if (day != DayOfWeek.SUNDAY) {
                hours.getBlocks().get(0).setOpensAt(LocalTime.of(8, 0));
                hours.getBlocks().get(0).setClosesAt(LocalTime.of(19, 0));
            }
            form.days.add(hours);
        }
        return form;
    }

    static LocationForm of(DirectoryLocation location) {
        LocationForm form = new LocationForm();
        form.setName(location.name());
        form.setAddress(location.address());
        form.setTimeZone(location.timeZone());
        form.setActive(location.active());
        form.setVersion(location.version());
        if (location.coordinates() != null) {
            form.setLatitude(location.coordinates().latitude());
            form.setLongitude(location.coordinates().longitude());
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            List<DirectoryLocation.OpeningHours> open = location.openingHoursOn(day);
            Day hours = new Day(day, Math.max(BLOCKS_PER_DAY, open.size()));
            for (int index = 0; index < open.size(); index++) {
                hours.getBlocks().get(index).setOpensAt(open.get(index).opensAt());
                hours.getBlocks().get(index).setClosesAt(open.get(index).closesAt());
            }
            form.days.add(hours);
        }
        return form;
    }

    /** Checks what Bean Validation cannot: a known zone, seven days, and each block whole, in order and not overlapping. */
    void check(Errors errors) {
        TimeZoneField.check(timeZone, errors);
        if (latitude == null && longitude != null) {
            errors.rejectValue("latitude", "admin.validation.both-coordinates");
        } else if (latitude != null && longitude == null) {
            errors.rejectValue("longitude", "admin.validation.both-coordinates");
        }
        if (days.size() != DayOfWeek.values().length) {
            errors.reject("admin.validation.week");
            return;
        }
        for (int day = 0; day < days.size(); day++) {
            LocalTime previousClose = null;
            List<Block> blocks = days.get(day).getBlocks();
            for (int index = 0; index < blocks.size(); index++) {
                Block block = blocks.get(index);
                String path = "days[" + day + "].blocks[" + index + "]";
                if (block.isEmpty()) {
                    continue;
                }
                if (block.getOpensAt() == null || block.getClosesAt() == null) {
                    errors.rejectValue(path + ".opensAt", "admin.validation.both-times");
                } else if (!block.getClosesAt().isAfter(block.getOpensAt())) {
                    errors.rejectValue(path + ".closesAt", "admin.validation.ends-after-start");
                } else if (previousClose != null && block.getOpensAt().isBefore(previousClose)) {
                    errors.rejectValue(path + ".opensAt", "admin.validation.blocks-in-order");
                } else {
                    previousClose = block.getClosesAt();
                }
            }
        }
    }

    /** The form field of an API field: {@code openingHours[k].opensAt} is the k-th filled block of the week. */
    String formField(String apiField) {
        ApiFieldErrors.Indexed indexed = ApiFieldErrors.indexed(apiField);
        if (indexed == null) {
            return switch (apiField) {
                case "openingHours" -> null;
                case "coordinates", "coordinates.latitude" -> "latitude";
                case "coordinates.longitude" -> "longitude";
                default -> apiField;
            };
        }
        if (!"openingHours".equals(indexed.list())) {
            return null;
        }
        int kept = -1;
        for (int day = 0; day < days.size(); day++) {
            List<Block> blocks = days.get(day).getBlocks();
            for (int index = 0; index < blocks.size(); index++) {
                if (!blocks.get(index).isEmpty() && ++kept == indexed.index()) {
                    return "days[" + day + "].blocks[" + index + "]." + indexed.field();
                }
            }
        }
        return null;
    }

    AdminDirectoryApi.LocationBody toBody() {
        List<AdminDirectoryApi.OpeningHoursBlock> open = new ArrayList<>();
        for (Day day : days) {
            day.getBlocks().stream().filter(block -> !block.isEmpty())
                    .forEach(block -> open.add(new AdminDirectoryApi.OpeningHoursBlock(day.getDayOfWeek(), block.getOpensAt(),
                            block.getClosesAt())));
        }
        return new AdminDirectoryApi.LocationBody(name.strip(), address.strip(), timeZone.strip(), open, isActive(),
                latitude == null || longitude == null ? null : new DirectoryLocation.Coordinates(latitude, longitude));
    }

    /** One day of the week and its opening blocks. */
    public static class Day {

        private DayOfWeek dayOfWeek;
        @Valid
        private List<Block> blocks = new ArrayList<>();

        public Day() {
        }

        Day(DayOfWeek dayOfWeek) {
            this(dayOfWeek, BLOCKS_PER_DAY);
        }

        Day(DayOfWeek dayOfWeek, int blockCount) {
            this.dayOfWeek = dayOfWeek;
            for (int index = 0; index < blockCount; index++) {
                blocks.add(new Block());
            }
        }

        public DayOfWeek getDayOfWeek() {
            return dayOfWeek;
        }

        public void setDayOfWeek(DayOfWeek dayOfWeek) {
            this.dayOfWeek = dayOfWeek;
        }

        public List<Block> getBlocks() {
            return blocks;
        }

        public void setBlocks(List<Block> blocks) {
            this.blocks = blocks;
        }
    }

    /** Open from {@code opensAt} to {@code closesAt}, local time; both empty is no block. */
    public static class Block {

        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime opensAt;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime closesAt;

        boolean isEmpty() {
            return opensAt == null && closesAt == null;
        }

        public LocalTime getOpensAt() {
            return opensAt;
        }

        public void setOpensAt(LocalTime opensAt) {
            this.opensAt = opensAt;
        }

        public LocalTime getClosesAt() {
            return closesAt;
        }

        public void setClosesAt(LocalTime closesAt) {
            this.closesAt = closesAt;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }


    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public List<Day> getDays() {
        return days;
    }

    public void setDays(List<Day> days) {
        this.days = days;
    }
}
