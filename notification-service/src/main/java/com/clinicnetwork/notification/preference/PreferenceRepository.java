package com.clinicnetwork.notification.preference;

import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.MessageType;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class PreferenceRepository {

    private static final String COLUMNS = """
            client_id, channels, sms_number, pending_sms_number, opt_outs, quiet_hours_start, quiet_hours_end, time_zone,
            version, sms_code_salt, sms_code_hash, sms_code_expires_at, sms_code_attempts
            """;

    private final JdbcClient jdbc;

    PreferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A client's saved preferences with the state of the confirmation of their pending SMS number. */
    record Stored(NotificationPreferences preferences, Optional<SmsCode> code, int failedAttempts) {
    }

    Optional<NotificationPreferences> find(UUID clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM client_preference WHERE client_id = :clientId")
                .param("clientId", clientId)
                .query(PreferenceRepository::map)
                .optional()
                .map(Stored::preferences);
    }

    /** Locks the client's row until the transaction ends, so concurrent code guesses are all counted. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Stored> lock(UUID clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM client_preference WHERE client_id = :clientId FOR UPDATE")
                .param("clientId", clientId)
                .query(PreferenceRepository::map)
                .optional();
    }

    /**
     * Saves the preferences and the code awaiting confirmation if they are still at {@code expectedVersion} (0: never
     * saved), so two concurrent changes cannot silently overwrite each other.
     *
     * @return the saved preferences with their new version, or empty if someone else changed them first
     */
    Optional<NotificationPreferences> save(NotificationPreferences preferences, Optional<SmsCode> code, int failedAttempts,
            long expectedVersion) {
        String[] channels = preferences.channels().stream().map(Channel::name).sorted().toArray(String[]::new);
        String[] optOuts = preferences.optOuts().stream().map(MessageType::template).sorted().toArray(String[]::new);
        String sql = expectedVersion == 0
                ? """
                  INSERT INTO client_preference (client_id, channels, sms_number, pending_sms_number, opt_outs, quiet_hours_start,
                      quiet_hours_end, time_zone, sms_code_salt, sms_code_hash, sms_code_expires_at, sms_code_attempts, version)
                  VALUES (:clientId, :channels, :smsNumber, :pendingSmsNumber, :optOuts, :quietStart, :quietEnd, :timeZone,
                      :codeSalt, :codeHash, :codeExpiresAt, :codeAttempts, 1)
                  ON CONFLICT (client_id) DO NOTHING
                  """
                : """
                  UPDATE client_preference
                  SET channels = :channels, sms_number = :smsNumber, pending_sms_number = :pendingSmsNumber, opt_outs = :optOuts,
                      quiet_hours_start = :quietStart, quiet_hours_end = :quietEnd, time_zone = :timeZone,
                      sms_code_salt = :codeSalt, sms_code_hash = :codeHash, sms_code_expires_at = :codeExpiresAt,
                      sms_code_attempts = :codeAttempts, version = version + 1, updated_at = now()
                  WHERE client_id = :clientId AND version = :expectedVersion
                  """;
        int changed = jdbc.sql(sql)
                .param("clientId", preferences.clientId())
                .param("channels", channels)
                .param("smsNumber", preferences.smsNumber().orElse(null))
                .param("pendingSmsNumber", preferences.pendingSmsNumber().orElse(null))
                .param("optOuts", optOuts)
                .param("quietStart", preferences.quietHours().map(q -> Time.valueOf(q.start())).orElse(null))
                .param("quietEnd", preferences.quietHours().map(q -> Time.valueOf(q.end())).orElse(null))
                .param("timeZone", preferences.quietHours().map(q -> q.zone().getId()).orElse(null))
                .param("codeSalt", code.map(SmsCode::salt).orElse(null))
                .param("codeHash", code.map(SmsCode::hash).orElse(null))
                .param("codeExpiresAt", code.map(c -> Timestamp.from(c.expiresAt())).orElse(null))
                .param("codeAttempts", failedAttempts)
                .param("expectedVersion", expectedVersion)
                .update();
        return changed == 1 ? find(preferences.clientId()) : Optional.empty();
    }

    /**
     * Counts a wrong code. It does not change what the client sees (no new version); a code that has used up its
     * attempts is discarded.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordWrongCode(UUID clientId, int failedAttempts, boolean discardCode) {
        jdbc.sql("""
                        UPDATE client_preference
                        SET sms_code_attempts = :attempts,
                            sms_code_salt = CASE WHEN :discard THEN NULL ELSE sms_code_salt END,
                            sms_code_hash = CASE WHEN :discard THEN NULL ELSE sms_code_hash END,
                            sms_code_expires_at = CASE WHEN :discard THEN NULL ELSE sms_code_expires_at END
                        WHERE client_id = :clientId
                        """)
                .param("clientId", clientId)
                .param("attempts", failedAttempts)
                .param("discard", discardCode)
                .update();
    }

    private static Stored map(ResultSet rs, int row) throws SQLException {
        Time quietStart = rs.getTime("quiet_hours_start");
        Time quietEnd = rs.getTime("quiet_hours_end");
        String zone = rs.getString("time_zone");
        Optional<QuietHours> quietHours = quietStart == null ? Optional.empty()
                : Optional.of(new QuietHours(quietStart.toLocalTime(), quietEnd.toLocalTime(), ZoneId.of(zone)));
        NotificationPreferences preferences = new NotificationPreferences(
                rs.getObject("client_id", UUID.class),
                strings(rs.getArray("channels")).stream().map(Channel::valueOf).collect(Collectors.toSet()),
                Optional.ofNullable(rs.getString("sms_number")),
                Optional.ofNullable(rs.getString("pending_sms_number")),
                strings(rs.getArray("opt_outs")).stream().map(template -> MessageType.ofTemplate(template).orElseThrow())
                        .collect(Collectors.toSet()),
                quietHours,
                rs.getLong("version"));
        byte[] hash = rs.getBytes("sms_code_hash");
        Optional<SmsCode> code = hash == null ? Optional.empty()
                : Optional.of(new SmsCode(rs.getBytes("sms_code_salt"), hash, rs.getTimestamp("sms_code_expires_at").toInstant()));
        return new Stored(preferences, code, rs.getInt("sms_code_attempts"));
    }

    private static Set<String> strings(Array array) throws SQLException {
        return Set.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
