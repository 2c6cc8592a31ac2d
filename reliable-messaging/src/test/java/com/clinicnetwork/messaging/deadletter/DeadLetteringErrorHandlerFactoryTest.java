package com.clinicnetwork.messaging.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.messaging.inbox.InvalidEventException;
import java.sql.SQLException;
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

    @Test
    void theLoggedSummaryNamesTheCausesButQuotesNoMessage() {
        SQLException detail = new SQLException("ERROR: new row violates check constraint \"client_email\"\n  Detail: Failing row "
                + "contains (Sam, sam.carter@example.com, +44 7700 900101).", "23514");
        Throwable failure = new ListenerExecutionFailedException("Listener failed for sam.carter@example.com",
                new DataIntegrityViolationException("could not insert sam.carter@example.com", detail));

        String summary = DeadLetteringErrorHandlerFactory.safeSummary(failure);

        assertThat(summary).isEqualTo("DataIntegrityViolationException caused by SQLException (SQLState 23514)");
        assertThat(DeadLetteringErrorHandlerFactory.safeSummary(new InvalidEventException("Event 1 has a malformed payload: "
                + "Cannot deserialize value of type `java.util.UUID` from String \"dead.letter@example.com\"")))
                .isEqualTo("InvalidEventException");
    }
}
