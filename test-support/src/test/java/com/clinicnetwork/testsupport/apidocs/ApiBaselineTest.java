package com.clinicnetwork.testsupport.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed document as the contract: compatible changes are recorded, incompatible ones only when accepted. */
class ApiBaselineTest {

    private static final String BOOKING = """
            {"openapi": "3.0.1", "info": {"title": "Clinic platform: booking", "version": "1"},
             "servers": [{"url": "http://127.0.0.1:8080"}], "paths": {
               "/api/v1/appointments/{id}": {"get": {"operationId": "getAppointment", "summary": "Read an appointment",
                 "tags": ["Appointments"],
                 "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
                 "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AppointmentView"}}}}}}}%s},
             "components": {"schemas": {"AppointmentView": {"type": "object", "properties": {
               "id": {"type": "string", "format": "uuid"}%s}}}}}
            """;
    private static final String LIST = """
            , "/api/v1/appointments": {"get": {"operationId": "listAppointments", "summary": "Find appointments",
                "tags": ["Appointments"], "responses": {"200": {"description": "OK"}}}}""";
    private static final String STATUS = """
            , "status": {"type": "string"}""";

    @TempDir
    Path docs;

    @TempDir
    Path output;

    @Test
    void theFirstDocumentBecomesTheBaselineAndIsMergedIntoThePlatformDocument() {
        ApiBaseline.record(docs, output, "booking-service", BOOKING.formatted(LIST, STATUS), false);

        assertThat(read(docs.resolve("booking-service.json"))).contains("\"listAppointments\"");
        assertThat(read(docs.resolve("clinic-platform.json"))).contains("\"Clinic platform API\"", "\"listAppointments\"");
        assertThat(output.resolve("booking-service.json")).exists();
    }

    @Test
    void aCompatibleChangeIsRecorded() {
        ApiBaseline.record(docs, output, "booking-service", BOOKING.formatted("", STATUS), false);

        ApiBaseline.record(docs, output, "booking-service", BOOKING.formatted(LIST, STATUS), false);

        assertThat(read(docs.resolve("booking-service.json"))).contains("\"listAppointments\"");
    }

    @Test
    void anIncompatibleChangeFailsNamingWhatBreaksAndLeavesTheBaselineAsItWas() {
        ApiBaseline.record(docs, output, "booking-service", BOOKING.formatted(LIST, STATUS), false);
        String committed = read(docs.resolve("booking-service.json"));

        assertThatThrownBy(() -> ApiBaseline.record(docs, output, "booking-service", BOOKING.formatted("", STATUS), false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("changed incompatibly")
                .hasMessageContaining("/api/v1/appointments")
                .hasMessageContaining("-Dclinic.openapi.accept-incompatible=true");
        assertThat(read(docs.resolve("booking-service.json"))).isEqualTo(committed);
        assertThat(read(output.resolve("booking-service.json"))).doesNotContain("\"listAppointments\"");
    }

    @Test
    void anIncompatibleChangeThatIsAcceptedBecomesTheNewBaseline() {
        ApiBaseline.record(docs, output, "booking-service", BOOKING.formatted(LIST, STATUS), false);

        ApiBaseline.record(docs, output, "booking-service", BOOKING.formatted("", ""), true);

        assertThat(read(docs.resolve("booking-service.json"))).doesNotContain("\"listAppointments\"").doesNotContain("\"status\"");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
