package com.clinicnetwork.messaging.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.messaging.inbox.InvalidEventException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

class DeadLetteringErrorHandlerFactoryTest {

    @Test
    void anUnreachableDatabaseIsAnOutageToWaitOutNotAReasonToDeadLetter() {
        assertThat(DeadLetteringErrorHandlerFactory.isDatabaseOutage(
                new ListenerExecutionFailedException("listener failed", new CannotGetJdbcConnectionException("down")))).isTrue();
        assertThat(DeadLetteringErrorHandlerFactory.isDatabaseOutage(
                new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(DeadLetteringErrorHandlerFactory.isDatabaseOutage(new QueryTimeoutException("slow"))).isTrue();
    }

    @Test
    void invalidRecordsAndOrdinaryFailuresAreNotOutages() {
        assertThat(DeadLetteringErrorHandlerFactory.isDatabaseOutage(
                new ListenerExecutionFailedException("listener failed", new InvalidEventException("no ce_id")))).isFalse();
        assertThat(DeadLetteringErrorHandlerFactory.isDatabaseOutage(
                new DataIntegrityViolationException("constraint"))).isFalse();
        assertThat(DeadLetteringErrorHandlerFactory.isDatabaseOutage(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void theDeadLetterCauseIsTheListenersExceptionNotTheContainersWrapper() {
        assertThat(DeadLetteringErrorHandlerFactory.cause(
                new ListenerExecutionFailedException("listener failed", new InvalidEventException("no type header"))))
                .isEqualTo("InvalidEventException");
        assertThat(DeadLetteringErrorHandlerFactory.cause(new DataIntegrityViolationException("duplicate")))
                .isEqualTo("DataIntegrityViolationException");
    }
}
