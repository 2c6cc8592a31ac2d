package com.clinicnetwork.notification.preference;

import com.clinicnetwork.notification.notification.Channel;
import com.clinicnetwork.notification.notification.MessageType;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PreferenceRepository {

    private final JdbcClient jdbc;

    PreferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<NotificationPreferences> find(UUID clientId) {
        return jdbc.sql("""
                        SELECT client_id, channels, sms_number, opt_outs, quiet_hours_start, quiet_hours_end, time_zone, version
                        FROM client_preference WHERE client_id = :clientId
                        """)
                .param("clientId", clientId)
                .query(PreferenceRepository::map)
                .optional();
    }

    /**
     * Saves the preferences if they are still at {@code expectedVersion} (0: never saved), so two concurrent
     * changes cannot silently overwrite each other.
     *
     * @return the saved preferences with their new version, or empty if someone else changed them first
     */
    Optional<NotificationPreferences> save(NotificationPreferences preferences, long expectedVersion) {
        String[] channels = preferences.channels().stream().map(Channel::name).sorted().toArray(String[]::new);
        String[] optOuts = preferences.optOuts().stream().map(MessageType::template).sorted().toArray(String[]::new);
        String sql = expectedVersion == 0
                ? """
                  INSERT INTO client_preference (client_id, channels, sms_number, opt_outs, quiet_hours_start, quiet_hours_end,
                      time_zone, version)
                  VALUES (:clientId, :channels, :smsNumber, :optOuts, :quietStart, :quietEnd, :timeZone, 1)
                  ON CONFLICT (client_id) DO NOTHING
                  """
                : """
                  UPDATE client_preference
                  SET channels = :channels, sms_number = :smsNumber, opt_outs = :optOuts, quiet_hours_start = :quietStart,
                      quiet_hours_end = :quietEnd, time_zone = :timeZone, version = version + 1, updated_at = now()
                  WHERE client_id = :clientId AND version = :expectedVersion
                  """;
        int changed = jdbc.sql(sql)
                .param("clientId", preferences.clientId())
                .param("channels", channels)
                .param("smsNumber", preferences.smsNumber().orElse(null))
                .param("optOuts", optOuts)
                .param("quietStart", preferences.quietHours().map(q -> Time.valueOf(q.start())).orElse(null))
                .param("quietEnd", preferences.quietHours().map(q -> Time.valueOf(q.end())).orElse(null))
                .param("timeZone", preferences.quietHours().map(q -> q.zone().getId()).orElse(null))
                .param("expectedVersion", expectedVersion)
                .update();
        return changed == 1 ? find(preferences.clientId()) : Optional.empty();
    }

    private static NotificationPreferences map(ResultSet rs, int row) throws SQLException {
        Time quietStart = rs.getTime("quiet_hours_start");
        Time quietEnd = rs.getTime("quiet_hours_end");
        String zone = rs.getString("time_zone");
        Optional<QuietHours> quietHours = quietStart == null ? Optional.empty()
                : Optional.of(new QuietHours(quietStart.toLocalTime(), quietEnd.toLocalTime(), ZoneId.of(zone)));
        return new NotificationPreferences(
                rs.getObject("client_id", UUID.class),
                strings(rs.getArray("channels")).stream().map(Channel::valueOf).collect(Collectors.toSet()),
                Optional.ofNullable(rs.getString("sms_number")),
                strings(rs.getArray("opt_outs")).stream().map(template -> MessageType.ofTemplate(template).orElseThrow())
                        .collect(Collectors.toSet()),
                quietHours,
                rs.getLong("version"));
    }

    private static Set<String> strings(Array array) throws SQLException {
        return Set.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
