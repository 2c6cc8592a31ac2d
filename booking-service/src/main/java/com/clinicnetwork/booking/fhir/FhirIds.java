package com.clinicnetwork.booking.fhir;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Ids of the resources that are no single record of the platform, made of what they stand for so that a read can find
 * them again without storing anything. A FHIR id is at most 64 of {@code [A-Za-z0-9-.]}:
 * <ul>
 * <li>a Schedule (a therapist at a location): both ids in hex, 32 + 32 characters;</li>
 * <li>a Slot (a therapist free at a location from a start to an end): therapist and location ids, the start in epoch
 * seconds and the length in minutes, 42 bytes as 56 characters of unpadded URL-safe Base64 with {@code .} for
 * {@code _}, which FHIR ids do not allow.</li>
 * </ul>
 */
final class FhirIds {

    private static final HexFormat HEX = HexFormat.of();
    private static final int SLOT_BYTES = 16 + 16 + Long.BYTES + Short.BYTES;

    private FhirIds() {
    }

    record ScheduleKey(UUID therapistId, UUID locationId) {
    }

    record SlotKey(UUID therapistId, UUID locationId, Instant startsAt, Instant endsAt) {

        int minutes() {
            return (int) java.time.Duration.between(startsAt, endsAt).toMinutes();
        }
    }

    static String schedule(UUID therapistId, UUID locationId) {
        return hex(therapistId) + hex(locationId);
    }

    /** The therapist and location a Schedule id names; empty for anything that is not such an id. */
    static Optional<ScheduleKey> schedule(String id) {
        if (id.length() != 64 || !id.chars().allMatch(c -> Character.digit(c, 16) >= 0 && !Character.isUpperCase(c))) {
            return Optional.empty();
        }
        return Optional.of(new ScheduleKey(uuid(HEX.parseHex(id, 0, 32)), uuid(HEX.parseHex(id, 32, 64))));
    }

    /** Slots last whole minutes, as treatments do. */
    static String slot(SlotKey key) {
        ByteBuffer bytes = ByteBuffer.allocate(SLOT_BYTES);
        put(bytes, key.therapistId());
        put(bytes, key.locationId());
        bytes.putLong(key.startsAt().getEpochSecond());
        bytes.putShort((short) key.minutes());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array()).replace('_', '.');
    }

    /** What a Slot id names; empty for anything that is not such an id. */
    static Optional<SlotKey> slot(String id) {
        byte[] decoded;
        try {
            decoded = Base64.getUrlDecoder().decode(id.replace('.', '_'));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (decoded.length != SLOT_BYTES || !slot(decodedKey(decoded)).equals(id)) {
            return Optional.empty();
        }
        return Optional.of(decodedKey(decoded));
    }

    private static SlotKey decodedKey(byte[] decoded) {
        ByteBuffer bytes = ByteBuffer.wrap(decoded);
        UUID therapistId = new UUID(bytes.getLong(), bytes.getLong());
        UUID locationId = new UUID(bytes.getLong(), bytes.getLong());
        Instant startsAt = Instant.ofEpochSecond(bytes.getLong());
        int minutes = Short.toUnsignedInt(bytes.getShort());
        return new SlotKey(therapistId, locationId, startsAt, startsAt.plusSeconds(60L * minutes));
    }

    private static void put(ByteBuffer bytes, UUID id) {
        bytes.putLong(id.getMostSignificantBits());
        bytes.putLong(id.getLeastSignificantBits());
    }

    private static String hex(UUID id) {
        return id.toString().replace("-", "");
    }

    private static UUID uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
