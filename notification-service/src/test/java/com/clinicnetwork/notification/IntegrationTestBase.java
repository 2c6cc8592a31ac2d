package com.clinicnetwork.notification;

import static org.awaitility.Awaitility.await;

import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.ContractExamples;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import com.clinicnetwork.testsupport.kafka.ContractEvents;
import com.clinicnetwork.testsupport.time.TestClock;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One application context for every integration test (same configuration, so Spring caches it): a second
 * context would join the same consumer groups and steal partitions from the first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clinic.dispatch.poll-interval=200ms",
        "clinic.dispatch.retry.max-attempts=6",
        "clinic.dispatch.retry.initial-backoff=300ms",
        "clinic.dispatch.retry.multiplier=2",
        "clinic.dispatch.retry.max-backoff=2s",
        "clinic.reminders.poll-interval=200ms",
        "clinic.webhooks.allow-insecure-http=true",
        // The stand-in receivers listen on 127.0.0.1, which the default policy refuses; only that address is opened.
        "clinic.webhooks.allowed-private-targets=127.0.0.1/32",
        "clinic.web-app.base-url=" + IntegrationTestBase.WEB_APP,
        // booking-service verifies the check-in links with the same secret.
        "clinic.aftercare.link-secret=" + IntegrationTestBase.CHECK_IN_LINK_SECRET})
@UsesRealInfrastructure
@AutoConfigureRestTestClient
@Import({TestMailServer.class, TestHttpServer.class, TestClock.Configuration.class})
public abstract class IntegrationTestBase {

    protected static final String WEB_APP = "http://127.0.0.1:8070";
    protected static final String CHECK_IN_LINK_SECRET = "notification-service-tests-check-in-link-secret";
    static final String APPOINTMENTS_CONSUMER = "notification-service.appointments";
    static final String DIRECTORY_CONSUMER = "notification-service.directory";
    static final int RETRY_MAX_ATTEMPTS = 6;
    protected static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    @Autowired
    protected RestTestClient http;
    @Autowired
    protected GreenMail greenMail;
    @Autowired
    protected JsonMapper json;
    @Autowired
    protected TestHttpServer.Recorder httpServer;
    @Autowired
    protected JdbcClient jdbc;
    /** The service's clock: advance it to make something fall due instead of waiting for it. */
    @Autowired
    protected TestClock clock;
    @Autowired
    private KafkaTemplate<String, String> kafka;
    @Autowired
    private KafkaConnectionDetails kafkaConnection;
    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    @BeforeEach
    void listenersOwnTheirPartitions() {
        for (String id : List.of(APPOINTMENTS_CONSUMER, DIRECTORY_CONSUMER)) {
            MessageListenerContainer container = listeners.getListenerContainer(id);
            ContainerTestUtils.waitForAssignment(container, 3);
        }
        if (!greenMail.isRunning()) {
            greenMail.start();
        }
    }

    @AfterEach
    void clockBackToTheSystemTime() {
        clock.reset();
    }

    /** Moves the service's clock forward to {@code time}, so what falls due by then is due now. */
    protected void advanceClockTo(Instant time) {
        clock.advance(Duration.between(clock.instant(), time));
    }

    /** The location of the contract examples; {@link #publishDirectoryExamples()} names it "Riverside Clinic". */
    private static boolean directoryExamplesPublished;

    protected static final UUID EXAMPLE_LOCATION = UUID.fromString("0b7d3c1e-1d7f-4d55-9a53-2f0c5d7c1a01");

    /** The contract examples of location, therapist and treatment, which the appointment examples refer to. */
    protected void publishDirectoryExamples() {
        // Once per test JVM: every test shares the application context and its database.
        if (directoryExamplesPublished) {
            return;
        }
        directoryExamplesPublished = true;
        List<RecordMetadata> sent = List.of(
                send(ContractEvents.record(Topics.DIRECTORY, EventTypes.LOCATION_UPSERTED, "0b7d3c1e-1d7f-4d55-9a53-2f0c5d7c1a01",
                        ContractExamples.json(EventTypes.LOCATION_UPSERTED))),
                send(ContractEvents.record(Topics.DIRECTORY, EventTypes.THERAPIST_UPSERTED, "c3e4f5a6-7b8c-4d9e-8f01-a2b3c4d5e603",
                        ContractExamples.json(EventTypes.THERAPIST_UPSERTED))),
                send(ContractEvents.record(Topics.DIRECTORY, EventTypes.TREATMENT_UPSERTED, "5a1c9e6b-3f2d-4e8a-b7c4-9d0e1f2a3b02",
                        ContractExamples.json(EventTypes.TREATMENT_UPSERTED))));
        sent.forEach(record -> awaitConsumed(DIRECTORY_CONSUMER, record));
    }

    protected String bootstrapServers() {
        return String.join(",", kafkaConnection.getBootstrapServers());
    }

    /** Sends a record and waits until the broker has it. */
    protected RecordMetadata send(ProducerRecord<String, String> record) {
        try {
            return kafka.send(record).get(10, TimeUnit.SECONDS).getRecordMetadata();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send test record", e);
        }
    }

    /** Waits until the consumer group has committed past the record, i.e. has finished with it. */
    protected void awaitConsumed(String consumerGroup, RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(consumerGroup)
                        .partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() > record.offset();
            });
        }
    }

    protected ProducerRecord<String, String> booked(Booking booking) {
        return booked(booking, UUID.randomUUID());
    }

    /** An appointment.booked event of an ordinary booking (not at risk of a no-show) from the contract example. */
    protected ProducerRecord<String, String> booked(Booking booking, UUID eventId) {
        ObjectNode payload = (ObjectNode) json.readTree(ContractExamples.json(EventTypes.APPOINTMENT_BOOKED));
        payload.put("appointmentId", booking.appointmentId().toString());
        payload.put("confirmationRequested", false);
        payload.put("clientId", booking.clientId().toString());
        payload.put("locationId", booking.locationId().toString());
        ObjectNode client = (ObjectNode) payload.get("client");
        client.put("firstName", booking.firstName());
        client.put("email", booking.email());
        return ContractEvents.record(Topics.APPOINTMENTS, EventTypes.APPOINTMENT_BOOKED, booking.appointmentId().toString(),
                eventId, json.writeValueAsString(payload));
    }

    /**
     * An appointment event of the given type for this booking, built from the type's contract example.
     *
     * @param startsAt the appointment's start; it lasts an hour
     * @param changes  further payload fields to set, e.g. lateCancellation or previousStartsAt; confirmationRequested
     *                 true for a booking at risk of a no-show (otherwise it is not)
     */
    protected ProducerRecord<String, String> appointmentEvent(String type, Booking booking, long version, Instant startsAt,
            Map<String, Object> changes) {
        ObjectNode payload = (ObjectNode) json.readTree(ContractExamples.json(type));
        payload.put("appointmentId", booking.appointmentId().toString());
        payload.put("confirmationRequested", false);
        payload.put("version", version);
        payload.put("clientId", booking.clientId().toString());
        payload.put("locationId", booking.locationId().toString());
        payload.put("startsAt", startsAt.toString());
        payload.put("endsAt", startsAt.plus(Duration.ofHours(1)).toString());
        ObjectNode client = (ObjectNode) payload.get("client");
        client.put("firstName", booking.firstName());
        client.put("email", booking.email());
        changes.forEach((field, value) -> payload.set(field, json.valueToTree(value)));
        return ContractEvents.record(Topics.APPOINTMENTS, type, booking.appointmentId().toString(), UUID.randomUUID(),
                json.writeValueAsString(payload));
    }

    /**
     * {@code course.booked} for this client's course, built from the contract example: hour-long sessions starting at
     * {@code startsAt}, one per appointment id of {@code sessions}, in the same order.
     *
     * @param locale the client's language, e.g. {@code de-DE}
     */
    protected ProducerRecord<String, String> courseBooked(Booking booking, UUID seriesId, List<UUID> sessions,
            List<Instant> startsAt, String locale) {
        ObjectNode payload = (ObjectNode) json.readTree(ContractExamples.json(EventTypes.COURSE_BOOKED));
        payload.put("seriesId", seriesId.toString());
        payload.put("clientId", booking.clientId().toString());
        payload.put("locationId", booking.locationId().toString());
        ArrayNode listed = payload.putArray("sessions");
        for (int i = 0; i < sessions.size(); i++) {
            listed.addObject()
                    .put("appointmentId", sessions.get(i).toString())
                    .put("startsAt", startsAt.get(i).toString())
                    .put("endsAt", startsAt.get(i).plus(Duration.ofHours(1)).toString());
        }
        ObjectNode client = (ObjectNode) payload.get("client");
        client.put("firstName", booking.firstName());
        client.put("email", booking.email());
        client.put("locale", locale);
        return ContractEvents.record(Topics.APPOINTMENTS, EventTypes.COURSE_BOOKED, seriesId.toString(), UUID.randomUUID(),
                json.writeValueAsString(payload));
    }

    /** The same record as if its producer had written it at {@code time} (e.g. while this service was down). */
    protected static ProducerRecord<String, String> writtenAt(ProducerRecord<String, String> record, Instant time) {
        record.headers().remove(CloudEventHeaders.TIME);
        record.headers().add(CloudEventHeaders.TIME, time.toString().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** The notifications of an appointment as a clinic admin sees them, newest first. */
    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> notificationsOf(UUID appointmentId) {
        Map<String, Object> page = http.get().uri("/api/v1/notifications?appointmentId={id}&size=100", appointmentId)
                .header("Authorization", bearer(TokenClaims.clinicAdmin("admin")))
                .exchange()
                .expectStatus().isOk()
                .returnResult(JSON_OBJECT)
                .getResponseBody();
        return (List<Map<String, Object>>) page.get("items");
    }

    protected List<MimeMessage> emailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> isAddressedTo(message, address))
                .toList();
    }

    /** The parts of an email with this content type (e.g. the text/calendar attachment), decoded. */
    protected static List<String> partsOfType(Part part, String mimeType) {
        try {
            if (part.isMimeType(mimeType)) {
                Object content = part.getContent();
                return List.of(content instanceof String text ? text
                        : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            if (part.getContent() instanceof Multipart multipart) {
                List<String> found = new ArrayList<>();
                for (int i = 0; i < multipart.getCount(); i++) {
                    found.addAll(partsOfType(multipart.getBodyPart(i), mimeType));
                }
                return found;
            }
            return List.of();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded plain-text part of an email. */
    protected static String plainText(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = plainText(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Pattern SMS_CODE = Pattern.compile("(?i)code\\D*(\\d{6})");

    /** A UK mobile number no other test uses. */
    protected static String freshSmsNumber() {
        return "+447700" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    /** The confirmation codes the SMS provider was asked to send to this number, oldest first. */
    protected List<String> smsCodesSentTo(String number) {
        return smsTextsSentTo(number).stream()
                .map(SMS_CODE::matcher)
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .toList();
    }

    /** The texts the SMS provider was asked to send to this number, oldest first. */
    protected List<String> smsTextsSentTo(String number) {
        return httpServer.receivedAt(TestHttpServer.SMS_PATH).stream()
                .map(request -> json.readTree(request.body()))
                .filter(body -> number.equals(body.path("to").asString()))
                .map(body -> body.path("text").asString())
                .toList();
    }

    /** Saves the client's preferences with an SMS number and confirms it with the code sent to it, as the client would. */
    protected void saveAndConfirmSmsNumber(UUID clientId, String preferencesJson, String number) {
        String token = bearer(TokenClaims.client("client", clientId));
        http.put().uri("/api/v1/clients/{id}/notification-preferences", clientId)
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .body(preferencesJson)
                .exchange().expectStatus().isOk();
        List<String> codes = smsCodesSentTo(number);
        http.post().uri("/api/v1/clients/{id}/notification-preferences/sms-verification", clientId)
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"code\":\"" + codes.get(codes.size() - 1) + "\"}")
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.smsNumber").isEqualTo(number);
    }

    protected static String bearer(TokenClaims claims) {
        return TestTokens.bearer(claims);
    }

    private static boolean isAddressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A booking of a fresh client, so its emails and notifications are told apart from other tests'. */
    protected record Booking(UUID appointmentId, UUID clientId, UUID locationId, String firstName, String email) {

        static Booking fresh(UUID locationId) {
            UUID clientId = UUID.randomUUID();
            return new Booking(UUID.randomUUID(), clientId, locationId, "Priya", "client-" + clientId + "@example.com");
        }

        /** Another appointment of the same client, e.g. the next session of their course. */
        Booking another() {
            return new Booking(UUID.randomUUID(), clientId, locationId, firstName, email);
        }
    }
}
