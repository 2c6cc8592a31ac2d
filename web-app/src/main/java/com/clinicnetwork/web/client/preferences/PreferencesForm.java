package com.clinicnetwork.web.client.preferences;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The preferences form: channels, SMS number, which optional messages to receive, and quiet hours. */
public class PreferencesForm {

    /** Messages a client may switch off; confirmations, reschedule and cancellation notices always go. */
    static final List<String> OPTIONAL_MESSAGES = List.of("appointment-reminder", "waitlist-offer", "appointment-no-show",
            "session-aftercare");

    @NotEmpty
    private List<String> channels = new ArrayList<>();

    @Pattern(regexp = "|\\+[1-9][0-9]{6,14}")
    private String smsNumber;

    /** The optional messages the client wants; the rest are opted out of. */
    private List<String> wanted = new ArrayList<>(OPTIONAL_MESSAGES);

    private boolean quietHours;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime quietStart;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime quietEnd;

    private String etag;

    @AssertTrue
    public boolean isSmsNumberGivenForSms() {
        return !channels.contains("SMS") || smsNumber != null && !smsNumber.isBlank();
    }

    @AssertTrue
    public boolean isQuietHoursComplete() {
        return !quietHours || quietStart != null && quietEnd != null && !quietStart.equals(quietEnd);
    }

    List<String> optOuts() {
        return OPTIONAL_MESSAGES.stream().filter(message -> !wanted.contains(message)).toList();
    }

    public List<String> getChannels() {
        return channels;
    }

    public void setChannels(List<String> channels) {
        this.channels = channels == null ? new ArrayList<>() : channels;
    }

    public String getSmsNumber() {
        return smsNumber;
    }

    public void setSmsNumber(String smsNumber) {
        this.smsNumber = smsNumber == null ? null : smsNumber.replace(" ", "");
    }

    public List<String> getWanted() {
        return wanted;
    }

    public void setWanted(List<String> wanted) {
        this.wanted = wanted == null ? new ArrayList<>() : wanted;
    }

    public boolean isQuietHours() {
        return quietHours;
    }

    public void setQuietHours(boolean quietHours) {
        this.quietHours = quietHours;
    }

    public LocalTime getQuietStart() {
        return quietStart;
    }

    public void setQuietStart(LocalTime quietStart) {
        this.quietStart = quietStart;
    }

    public LocalTime getQuietEnd() {
        return quietEnd;
    }

    public void setQuietEnd(LocalTime quietEnd) {
        this.quietEnd = quietEnd;
    }

    public String getEtag() {
        return etag;
    }

    public void setEtag(String etag) {
        this.etag = etag;
    }
}
