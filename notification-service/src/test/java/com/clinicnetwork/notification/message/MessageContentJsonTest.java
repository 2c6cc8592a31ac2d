package com.clinicnetwork.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

class MessageContentJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void everyKindIsStoredUnderItsTemplateNameAndReadBackAsItWas(MessageType type) {
        MessageContent content = MessageContentFixture.of(type, Instant.parse("2026-12-01T10:00:00Z"));

        String stored = MessageContentJson.write(content);

        assertThat(content.type()).isEqualTo(type);
        assertThat(JSON.readTree(stored).path("type").asString()).isEqualTo(type.template());
        assertThat(MessageContentJson.read(stored)).isEqualTo(content);
    }

    @Test
    void onlyWhatAKindHasIsStored() {
        String stored = MessageContentJson.write(MessageContentFixture.of(MessageType.CONFIRMATION, Instant.parse("2026-12-01T10:00:00Z")));

        assertThat(JSON.readTree(stored).propertyNames()).containsExactly("type", "appointment", "visit");
    }

    /** The form migration V8 gives the notifications stored before it. */
    @Test
    void readsTheContentTheMigrationWroteForEarlierNotifications() {
        UUID appointmentId = UUID.randomUUID();
        String visit = """
                {"clientId": "%s", "locationId": "%s", "therapistId": "%s", "treatmentId": "%s",
                 "startsAt": "2026-12-01T10:00:00.000000Z", "endsAt": "2026-12-01T11:00:00.000000Z"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        MessageContent moved = MessageContentJson.read("""
                {"type": "appointment-rescheduled", "appointment": {"id": "%s", "version": 2}, "visit": %s,
                 "previousStartsAt": "2026-11-24T10:00:00.000000Z"}""".formatted(appointmentId, visit));
        MessageContent movedWithoutTheOldTime = MessageContentJson.read("""
                {"type": "appointment-rescheduled", "appointment": {"id": "%s", "version": 2}, "visit": %s}"""
                .formatted(appointmentId, visit));
        MessageContent aftercare = MessageContentJson.read("""
                {"type": "session-aftercare", "appointment": {"id": "%s", "version": 3}, "visit": %s,
                 "checkInClosesAt": "2026-12-15T11:00:00.000000Z"}""".formatted(appointmentId, visit));

        assertThat(moved).isInstanceOfSatisfying(RescheduleNotice.class, notice -> {
            assertThat(notice.appointment()).isEqualTo(new AppointmentVersion(appointmentId, 2));
            assertThat(notice.previousStartsAt()).contains(Instant.parse("2026-11-24T10:00:00Z"));
            assertThat(notice.visit().startsAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        });
        assertThat(movedWithoutTheOldTime).isInstanceOfSatisfying(RescheduleNotice.class,
                notice -> assertThat(notice.previousStartsAt()).isEmpty());
        assertThat(aftercare).isInstanceOfSatisfying(SessionAftercare.class,
                message -> assertThat(message.checkInClosesAt()).isEqualTo(Instant.parse("2026-12-15T11:00:00Z")));
    }

    @Test
    void remindersAndOffersAreUsefulUntilTheAppointmentStartsOrTheHoldEndsTheOthersAlways() {
        Instant startsAt = Instant.parse("2026-12-01T10:00:00Z");

        assertThat(MessageContentFixture.of(MessageType.REMINDER, startsAt).usefulUntil()).contains(startsAt);
        assertThat(MessageContentFixture.of(MessageType.CONFIRMATION_REQUEST, startsAt).usefulUntil()).contains(startsAt);
        assertThat(MessageContentFixture.of(MessageType.WAITLIST_OFFER, startsAt).usefulUntil()).contains(MessageContentFixture.HOLD_UNTIL);
        assertThat(MessageContentFixture.of(MessageType.CONFIRMATION, startsAt).usefulUntil()).isEqualTo(Optional.empty());
    }
}
