package com.clinicnetwork.therapist.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class WorkingHoursRepository {

    private final JdbcClient jdbc;

    WorkingHoursRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(UUID therapistId, WeeklySchedule schedule) {
        jdbc.sql("DELETE FROM working_hours WHERE therapist_id = :therapistId").param("therapistId", therapistId).update();
        for (WorkingHoursBlock block : schedule.blocks()) {
            jdbc.sql("""
                            INSERT INTO working_hours (therapist_id, location_id, day_of_week, starts_at, ends_at)
                            VALUES (:therapistId, :locationId, :dayOfWeek, :startsAt, :endsAt)
                            """)
                    .param("therapistId", therapistId)
                    .param("locationId", block.locationId())
                    .param("dayOfWeek", block.dayOfWeek().getValue())
                    .param("startsAt", block.startsAt())
                    .param("endsAt", block.endsAt())
                    .update();
        }
    }

    /** @return each therapist's blocks in week order; therapists without hours are absent */
    public Map<UUID, List<WorkingHoursBlock>> findByTherapists(Collection<UUID> therapistIds) {
        if (therapistIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        SELECT therapist_id, location_id, day_of_week, starts_at, ends_at
                        FROM working_hours
                        WHERE therapist_id IN (:ids)
                        ORDER BY day_of_week, starts_at
                        """)
                .param("ids", therapistIds)
                .query(WorkingHoursRepository::map)
                .list()
                .stream()
                .collect(Collectors.groupingBy(Row::therapistId,
                        Collectors.mapping(Row::block, Collectors.toList())));
    }

    private record Row(UUID therapistId, WorkingHoursBlock block) {
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getObject("therapist_id", UUID.class), new WorkingHoursBlock(
                rs.getObject("location_id", UUID.class),
                DayOfWeek.of(rs.getInt("day_of_week")),
                rs.getObject("starts_at", LocalTime.class),
                rs.getObject("ends_at", LocalTime.class)));
    }
}
