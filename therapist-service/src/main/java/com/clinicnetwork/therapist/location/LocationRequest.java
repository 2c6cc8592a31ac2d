package com.clinicnetwork.therapist.location;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A location as an admin creates or replaces it.
 *
 * @param timeZone     IANA time zone id, e.g. {@code Europe/Berlin}
 * @param openingHours the complete weekly opening hours in local time; a day without entries is closed.
 *                     Required when replacing a location; omitted on creation, the location is open
 *                     around the clock until an admin sets its hours
 * @param active       whether clients can book there; defaults to true
 * @param coordinates  where the location is (WGS 84 degrees), so clients can wait for a slot anywhere within a distance;
 *                     omitted, the location has none (a replacement without them removes them)
 */
public record LocationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 500) String address,
        @NotBlank @Size(max = 64) String timeZone,
        @Size(max = 50) @Nullable List<@NotNull @Valid Block> openingHours,
        @Nullable Boolean active,
        @Valid @Nullable Position coordinates) {

    @Schema(name = "OpeningHoursRequest")
    public record Block(@NotNull DayOfWeek dayOfWeek, @NotNull LocalTime opensAt, @NotNull LocalTime closesAt) {
    }

    /** Both parts are required, so a location is never placed on the equator or the prime meridian by omission. */
    @Schema(name = "CoordinatesRequest")
    public record Position(
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {

        Coordinates toCoordinates() {
            return new Coordinates(latitude, longitude);
        }
    }

    /** Open every day, all day: what a location created without opening hours gets. */
    static final List<OpeningHours> AROUND_THE_CLOCK = Arrays.stream(DayOfWeek.values())
            .map(day -> new OpeningHours(day, LocalTime.MIN, LocalTime.MAX))
            .toList();

    /** @return the requested opening hours; null if none were sent */
    public List<OpeningHours> blocks() {
        if (openingHours == null) {
            return null;
        }
        return openingHours.stream().map(block -> new OpeningHours(block.dayOfWeek(), block.opensAt(), block.closesAt())).toList();
    }
}
