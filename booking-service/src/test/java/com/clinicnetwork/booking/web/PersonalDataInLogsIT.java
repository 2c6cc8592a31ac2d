package com.clinicnetwork.booking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.servicedefaults.web.ProblemHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A constraint violation on a client row, through the service's own data source and logging set-up: the
 * row's values neither enter the exception (PgJDBC's logServerErrorDetail=false) nor reach the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataInLogsIT extends IntegrationTestBase {

    private static final List<String> PERSONAL_DATA = List.of("Leakington", "leak.probe@example.com", "+44 7700 900777");

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aConstraintViolationCarryingAClientsDataLeavesNoneOfItInTheExceptionOrTheLog(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> jdbc.update("INSERT INTO client (id, first_name, last_name, email, phone, "
                + "time_zone, locale, version) VALUES (?, NULL, ?, ?, ?, 'Europe/London', 'en-GB', 1)",
                UUID.randomUUID(), "Leakington", "leak.probe@example.com", "+44 7700 900777"));

        assertThat(failure).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(messages(failure)).contains("violates not-null constraint");
        assertThat(PERSONAL_DATA).noneMatch(messages(failure)::contains);

        // As the problem handler logs an unexpected failure, with a message that quotes an address on top.
        LoggerFactory.getLogger(ProblemHandlers.class).error("Unhandled error for {}", "leak.probe@example.com", failure);

        assertThat(output).contains("Unhandled error for [redacted]").contains("violates not-null constraint");
        assertThat(PERSONAL_DATA).noneMatch(output.getAll()::contains);
    }

    private static String messages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable current = failure; current != null; current = current.getCause()) {
            messages.add(String.valueOf(current.getMessage()));
        }
        return String.join(" | ", messages);
    }
}
