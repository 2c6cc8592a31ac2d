package com.clinicnetwork.opsconsole.kafka;

import com.clinicnetwork.contracts.Topics;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.springframework.stereotype.Component;

/**
 * Appointment and notification events per minute over the last minutes, counted from offsets alone:
 * the first offset at or after each minute boundary ({@link OffsetSpec#forTimestamp}) minus the one
 * at the previous boundary. No record is read, so it costs the same under heavy load.
 */
@Component
public class Throughput {

    /** Events whose record time falls in {@code [minute, minute + 1 min)}; the last minute is still running. */
    @Schema(name = "ThroughputMinute")
    public record Minute(Instant minute, long appointments, long notifications) {
    }

    private final OpsKafka kafka;

    public Throughput(OpsKafka kafka) {
        this.kafka = kafka;
    }

    public List<Minute> lastMinutes(int minutes) {
        List<Instant> starts = minuteStarts(Instant.now(), minutes);
        List<Long> appointments = perMinute(Topics.APPOINTMENTS, starts);
        List<Long> notifications = perMinute(Topics.NOTIFICATIONS, starts);
        List<Minute> result = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            result.add(new Minute(starts.get(i), appointments.get(i), notifications.get(i)));
        }
        return result;
    }

    /** The starts of the last {@code minutes} whole minutes, oldest first, the current minute last. */
    static List<Instant> minuteStarts(Instant now, int minutes) {
        Instant current = now.truncatedTo(ChronoUnit.MINUTES);
        List<Instant> starts = new ArrayList<>();
        for (int back = minutes - 1; back >= 0; back--) {
            starts.add(current.minus(back, ChronoUnit.MINUTES));
        }
        return starts;
    }

    /**
     * Records per bucket from the offsets at each bucket start plus the end offsets: {@code offsetsAt.get(i)}
     * holds, per partition, the first offset at or after {@code starts[i]}, or -1 when there is none yet.
     */
    static List<Long> counts(List<Map<TopicPartition, Long>> offsetsAt, Map<TopicPartition, Long> end) {
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < offsetsAt.size(); i++) {
            Map<TopicPartition, Long> next = i + 1 < offsetsAt.size() ? offsetsAt.get(i + 1) : end;
            long count = 0;
            for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
                long from = orEnd(offsetsAt.get(i).get(partition.getKey()), partition.getValue());
                long to = orEnd(next.get(partition.getKey()), partition.getValue());
                count += Math.max(0, to - from);
            }
            counts.add(count);
        }
        return counts;
    }

    private static long orEnd(Long offset, long end) {
        return offset == null || offset < 0 ? end : offset;
    }

    private List<Long> perMinute(String topic, List<Instant> starts) {
        List<TopicPartition> partitions = kafka.partitions(List.of(topic));
        Map<TopicPartition, Long> end = kafka.offsets(partitions, OffsetSpec.latest());
        List<Map<TopicPartition, Long>> offsetsAt = new ArrayList<>();
        for (Instant start : starts) {
            offsetsAt.add(new HashMap<>(kafka.offsets(partitions, OffsetSpec.forTimestamp(start.toEpochMilli()))));
        }
        return counts(offsetsAt, end);
    }
}
