package com.clinicnetwork.servicedefaults.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogRedactorTest {

    @Test
    void emailAddressesAreRedacted() {
        assertThat(LogRedactor.redact("Cannot deserialize UUID from String \"sam.carter@example.com\": not a UUID"))
                .isEqualTo("Cannot deserialize UUID from String \"[redacted]\": not a UUID");
        assertThat(LogRedactor.redact("to=<Priya.Natarajan+bookings@mail.example.co.uk>"))
                .isEqualTo("to=<[redacted]>");
    }

    @Test
    void internationalAndNationalPhoneNumbersAreRedacted() {
        assertThat(LogRedactor.redact("phone +44 7700 900101 rejected")).isEqualTo("phone [redacted] rejected");
        assertThat(LogRedactor.redact("phone=+447700900102")).isEqualTo("phone=[redacted]");
        assertThat(LogRedactor.redact("call 07700 900103 or 0161-496-0000")).isEqualTo("call [redacted] or [redacted]");
    }

    @Test
    void postgresRowAndKeyDetailsAreRedacted() {
        assertThat(LogRedactor.redact("Detail: Failing row contains (4a1f, Sam, Carter, sam@example.com, null)."))
                .isEqualTo("Detail: Failing row contains [redacted].");
        assertThat(LogRedactor.redact("Detail: Key (email)=(Sam Carter) already exists."))
                .isEqualTo("Detail: Key (email)=([redacted]) already exists.");
        assertThat(LogRedactor.redact("Detail: Key (client_id)=(Jonas Weber) is not present in table \"client\"."))
                .isEqualTo("Detail: Key (client_id)=([redacted]) is not present in table \"client\".");
    }

    @Test
    void operationalDetailsStayReadable() {
        String line = "2026-12-02T03:21:21.123+01:00  WARN 4242 --- [booking-service] [main] c.c.m.DeadLetters : "
                + "Dead-lettering record clinic.appointments.v1-2@1234567 (type appointment.booked) "
                + "id 40000000-0000-4000-8000-000000000001 trace 0af7651916cd43dd8448eb211c80319c at 127.0.0.1:9092 took 1733100000000";
        assertThat(LogRedactor.redact(line)).isEqualTo(line);
        assertThat(LogRedactor.redact(null)).isNull();
    }
}
