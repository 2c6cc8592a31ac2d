package com.clinicnetwork.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.booking.availability.RoomSchedule.RoomTime;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoomScheduleTest {

    private static final UUID ROOM_1 = UUID.randomUUID();
    private static final UUID ROOM_2 = UUID.randomUUID();
    private static final Interval TEN_TO_ELEVEN = interval("2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z");

    @Test
    void aSessionGetsTheFirstRoomInOrderThatNothingTakesDuringItAndItsBuffer() {
        RoomSchedule rooms = RoomSchedule.of(List.of(
                new RoomTime(ROOM_1, List.of(interval("2026-12-01T10:45:00Z", "2026-12-01T11:30:00Z"))),
                new RoomTime(ROOM_2, List.of(interval("2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z")))));

        // Room 2's session ends as this one starts: half-open intervals touch without overlapping.
        assertThat(rooms.firstFree(TEN_TO_ELEVEN)).contains(ROOM_2);
        assertThat(rooms.firstFree(interval("2026-12-01T12:00:00Z", "2026-12-01T13:00:00Z"))).contains(ROOM_1);
        assertThat(rooms.admits(TEN_TO_ELEVEN)).isTrue();
    }

    @Test
    void whenEveryRoomIsTakenOrTheLocationHasNoneOfTheKindNoSessionIsAdmitted() {
        RoomSchedule allTaken = RoomSchedule.of(List.of(new RoomTime(ROOM_1, List.of(TEN_TO_ELEVEN))));

        assertThat(allTaken.firstFree(interval("2026-12-01T10:59:00Z", "2026-12-01T12:00:00Z"))).isEmpty();
        assertThat(allTaken.admits(interval("2026-12-01T09:30:00Z", "2026-12-01T10:01:00Z"))).isFalse();
        assertThat(RoomSchedule.of(List.of()).admits(TEN_TO_ELEVEN)).isFalse();
    }

    @Test
    void aTreatmentThatNeedsNoRoomIsAdmittedAndGetsNone() {
        assertThat(RoomSchedule.NOT_NEEDED.admits(TEN_TO_ELEVEN)).isTrue();
        assertThat(RoomSchedule.NOT_NEEDED.firstFree(TEN_TO_ELEVEN)).isEmpty();
        assertThatThrownBy(() -> new RoomSchedule(false, List.of(new RoomTime(ROOM_1, List.of()))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Interval interval(String start, String end) {
        return new Interval(Instant.parse(start), Instant.parse(end));
    }
}
