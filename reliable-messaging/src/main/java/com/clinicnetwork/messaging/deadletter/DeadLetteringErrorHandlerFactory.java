package com.clinicnetwork.messaging.deadletter;

import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.messaging.MessagingProperties;
import com.clinicnetwork.messaging.inbox.InvalidEventException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Decides what happens to a record its listener could not process:
 * <ul>
 *   <li>an invalid record ({@link InvalidEventException}) goes straight to {@code <topic>.DLT};</li>
 *   <li>while the service's own database is unreachable, the record is retried without limit (every
 *       record would fail the same way, and dead-lettering valid events would lose them);</li>
 *   <li>any other failure is retried with bounded exponential backoff, then dead-lettered, so one bad
 *       record never blocks its partition.</li>
 * </ul>
 * Dead-lettered records keep their partition number and carry Spring Kafka's {@code kafka_dlt-*} headers, less
 * the exception message and stack trace; the cause is in {@code kafka_dlt-exception-cause-fqcn}. Each one counts in {@code clinic.deadletters{topic, cause}}
 * (source topic, simple class name of the listener's exception).
 */
public final class DeadLetteringErrorHandlerFactory {

    private static final Logger log = LoggerFactory.getLogger(DeadLetteringErrorHandlerFactory.class);
    private static final long MAX_OUTAGE_BACKOFF_MS = 30_000;

    private DeadLetteringErrorHandlerFactory() {
    }

    public static DefaultErrorHandler create(KafkaOperations<String, String> kafka, MessagingProperties.Retry retry,
            MeterRegistry meters) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition()));
        // Exception messages and stack traces quote the values a listener could not read or store; the dead
        // letter keeps the cause's class only, so personal data stays in the record's own value.
        publisher.excludeHeader(DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_MSG,
                DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_STACKTRACE);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, exception) -> {
            // Coordinates, event type and the causes' classes only: the record's key and value, and the
            // exceptions' messages (which quote values the listener could not read or store), may hold personal data.
            log.warn("Dead-lettering record {}-{}@{} (type {}): {}", record.topic(), record.partition(), record.offset(),
                    eventType(record), safeSummary(exception));
            publisher.accept(record, exception);
            Counter.builder("clinic.deadletters")
                    .description("Records published to a dead-letter topic")
                    .tag("topic", record.topic())
                    .tag("cause", cause(exception))
                    .register(meters)
                    .increment();
        }, boundedBackOff(retry));
        handler.addNotRetryableExceptions(InvalidEventException.class);
        handler.setBackOffFunction((record, exception) -> isDatabaseOutage(exception) ? outageBackOff(retry) : null);
        return handler;
    }

    private static BackOff boundedBackOff(MessagingProperties.Retry retry) {
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialBackoff().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxBackoff().toMillis());
        return backOff;
    }

    private static BackOff outageBackOff(MessagingProperties.Retry retry) {
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialBackoff().toMillis(), retry.multiplier());
        backOff.setMaxInterval(Math.max(retry.maxBackoff().toMillis(), MAX_OUTAGE_BACKOFF_MS));
        return backOff;
    }

    static boolean isDatabaseOutage(Throwable exception) {
        for (Throwable current = exception; current != null; current = current.getCause()) {
            if (current instanceof DataAccessResourceFailureException
                    || current instanceof TransientDataAccessException
                    || current instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }

    private static String eventType(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(CloudEventHeaders.TYPE);
        return header == null ? "unknown" : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The listener's own exception, without the container's wrapper: a small, stable set of class names. */
    static String cause(Throwable exception) {
        Throwable cause = exception;
        while (cause instanceof ListenerExecutionFailedException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String name = cause.getClass().getSimpleName();
        return name.isEmpty() ? cause.getClass().getName() : name;
    }

    /**
     * The chain of exception classes from the listener's exception to the root cause, plus the SQLState of a
     * database error (e.g. {@code 23505}, a unique violation): enough to tell what went wrong, never a message.
     */
    static String safeSummary(Throwable exception) {
        StringJoiner chain = new StringJoiner(" caused by ");
        String sqlState = null;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable current = exception; current != null && seen.add(current); current = current.getCause()) {
            if (!(current instanceof ListenerExecutionFailedException)) {
                chain.add(current.getClass().getSimpleName().isEmpty() ? current.getClass().getName()
                        : current.getClass().getSimpleName());
            }
            if (current instanceof SQLException sql && sql.getSQLState() != null) {
                sqlState = sql.getSQLState();
            }
        }
        return sqlState == null ? chain.toString() : chain + " (SQLState " + sqlState + ")";
    }
}
